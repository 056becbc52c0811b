import FoundationEssentials

/// The two template file formats.
public enum TemplateFormat: String, Sendable, CaseIterable {
    case json, yaml

    /// The format a file name implies, or nil for other extensions (`.template`, none).
    public init?(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") {
            self = .json
        } else if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") {
            self = .yaml
        } else {
            return nil
        }
    }
}

/// A template as read: the long-form value tree plus anything the reader wants a user to know.
public struct TemplateDocument: Sendable {
    public var root: Node
    public var format: TemplateFormat
    public var warnings: [TemplateWarning]
}

public enum TemplateReader {
    /// Reads a template file; the format comes from the extension, else from the first non-blank byte.
    public static func read(path: String) throws -> Node { try document(path: path).root }

    /// Reads template bytes; `file` is used in marks and error messages.
    public static func read(_ bytes: [UInt8], file: String, format: TemplateFormat? = nil) throws -> Node {
        try document(bytes, file: file, format: format).root
    }

    /// Like `read(path:)`, also returning the format and warnings (unknown tags, expanded aliases).
    public static func document(path: String) throws(TemplateError) -> TemplateDocument {
        let bytes = try FileBytes.read(path: path)
        return try document(bytes, file: path, format: TemplateFormat(path: path))
    }

    public static func document(_ bytes: [UInt8], file: String, format: TemplateFormat? = nil)
        throws(TemplateError) -> TemplateDocument
    {
        try document(bytes, file: file, format: format, options: ReadOptions())
    }

    /// Roundtrip reads its own output back without the size limit (pretty JSON of a minified template
    /// may outgrow it) and without marks, which nothing there looks at.
    struct ReadOptions {
        var enforceSizeLimit = true
        var keepMarks = true
        /// Off for data files read with the same readers (a `--stacks-file` is a list).
        var requireMapping = true
        /// Reading back what our own writers made (roundtrip): UTF-8 and free of duplicate keys by
        /// construction, so neither is checked again. A writer that did duplicate a key still shows, as
        /// a mapping that differs from the one written.
        var ownOutput = false
    }

    static func document(_ bytes: [UInt8], file: String, format: TemplateFormat?, options: ReadOptions)
        throws(TemplateError) -> TemplateDocument
    {
        let result: Result<TemplateDocument, TemplateError> = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(TemplateError) -> TemplateDocument in
                if !options.ownOutput {
                    try TemplateReading.checkBytes(buffer, file: file, enforceSizeLimit: options.enforceSizeLimit)
                }
                let chosen = format ?? TemplateReading.sniff(buffer)
                var warnings: [TemplateWarning] = []
                let root: Node
                switch chosen {
                case .json:
                    var reader = JSONReader(
                        bytes: buffer, file: file, keepMarks: options.keepMarks, checkDuplicates: !options.ownOutput)
                    root = try reader.readDocument()
                case .yaml:
                    var reader = YAMLReader(
                        bytes: buffer, file: file, keepMarks: options.keepMarks, checkDuplicates: !options.ownOutput)
                    root = try reader.readDocument()
                    warnings = reader.warnings
                }
                if options.requireMapping, root.mappingValue == nil { throw TemplateReading.notMappingError(root, file: file) }
                return TemplateDocument(root: root, format: chosen, warnings: warnings)
            }
        }
        return try result.get()
    }
}

public enum TemplateWriter {
    /// Pretty JSON, 2-space indent, keys in model order, numbers as their text, trailing newline.
    public static func json(_ node: Node) -> String { JSONWriter.write(node) }

    /// One-line JSON (`{"a":[1,2]}`, no trailing newline), for values shown inside reports.
    public static func compactJSON(_ node: Node) -> String { JSONWriter.write(node, pretty: false) }

    /// A JSON string literal: quotes, backslashes and control characters escaped, other text as is.
    public static func jsonString(_ text: String) -> String { JSONWriter.quoted(text) }

    /// `jsonString(text)`'s bytes, appended to `out`: for writers that build a document in one buffer.
    public static func appendJSONString(_ text: String, to out: inout [UInt8]) {
        JSONWriter.appendQuoted(text, to: &out)
    }

    /// Whether a number's text is already JSON (`017` and `0x1F` are YAML's, not JSON's).
    public static func isJSONNumber(_ text: String) -> Bool { JSONWriter.isJSONNumber(text) }

    /// Block-style YAML with CloudFormation short-form tags where safe, trailing newline.
    public static func yaml(_ node: Node) -> String { YAMLWriter.write(node) }

    public static func write(_ node: Node, as format: TemplateFormat) -> String {
        switch format {
        case .json: json(node)
        case .yaml: yaml(node)
        }
    }
}
