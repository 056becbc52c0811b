import Template

/// Reads an answer's bytes with the project's JSON reader (the one templates are read with): strict
/// RFC 8259, UTF-8 checked, bounded depth, duplicate members refused, errors with line and column.
enum JSONAnswerParser {
    static func parse(_ body: [UInt8]) throws(TemplateError) -> JSONAnswerValue {
        try TemplateReader.json(body, name: "answer").value
    }
}
