import Template

/// The machine report (schema version 1): one difference per line so it also greps well.
///
/// `{"schemaVersion": 1, "equivalent": false, "profile": "cfn", "leftFile": ..., "rightFile": ...,
///   "differences": [{"path", "kind", "left", "right", "leftMark", "rightMark"}]}`. A value or mark
/// that does not exist (the left side of an added value) is `null`; the kind tells it apart from a
/// null value. Marks are `{"file", "line", "column"}`.
public enum JSONDiffRenderer {
    public static let schemaVersion = 1

    public static func render(_ report: DiffReport) -> String {
        var out = "{\n"
        out += "  \"schemaVersion\": \(schemaVersion),\n"
        out += "  \"equivalent\": \(report.equivalent),\n"
        out += "  \"profile\": \(TemplateWriter.jsonString(report.profile)),\n"
        out += "  \"leftFile\": \(TemplateWriter.jsonString(report.leftName)),\n"
        out += "  \"rightFile\": \(TemplateWriter.jsonString(report.rightName)),\n"
        guard !report.equivalent else { return out + "  \"differences\": []\n}\n" }
        out += "  \"differences\": [\n"
        for (index, difference) in report.differences.enumerated() {
            out += "    " + object(difference) + (index + 1 < report.differences.count ? ",\n" : "\n")
        }
        return out + "  ]\n}\n"
    }

    static func object(_ difference: Difference) -> String {
        var out = "{\"path\": \(TemplateWriter.jsonString(difference.path))"
        out += ", \"kind\": \"\(difference.kind.rawValue)\""
        out += ", \"left\": \(difference.left.map(TemplateWriter.compactJSON) ?? "null")"
        out += ", \"right\": \(difference.right.map(TemplateWriter.compactJSON) ?? "null")"
        out += ", \"leftMark\": \(mark(difference.left?.mark))"
        out += ", \"rightMark\": \(mark(difference.right?.mark))}"
        return out
    }

    static func mark(_ mark: SourceMark?) -> String {
        guard let mark else { return "null" }
        return "{\"file\": \(TemplateWriter.jsonString(mark.file)), \"line\": \(mark.line), \"column\": \(mark.column)}"
    }
}
