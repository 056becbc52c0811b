// PLACEHOLDER (template-core stream replaces this file): the public reading/writing API others code against.

public enum TemplateFormat: String, Sendable, CaseIterable {
    case json, yaml
}

public enum TemplateReader {
    /// Reads a template file; the format comes from the extension, else from the first non-blank byte.
    public static func read(path: String) throws -> Node { throw TemplateError(message: "not implemented") }

    /// Reads template bytes; `file` is used in marks and error messages.
    public static func read(_ bytes: [UInt8], file: String, format: TemplateFormat? = nil) throws -> Node {
        throw TemplateError(message: "not implemented")
    }
}

public enum TemplateWriter {
    /// Pretty JSON, 2-space indent, keys in model order, numbers as their text, trailing newline.
    public static func json(_ node: Node) -> String { "" }
    /// Block-style YAML with CloudFormation short-form tags where safe, trailing newline.
    public static func yaml(_ node: Node) -> String { "" }
}

public struct TemplateError: Error, CustomStringConvertible, Sendable {
    public var mark: SourceMark?
    public var message: String
    public init(mark: SourceMark? = nil, message: String) {
        self.mark = mark
        self.message = message
    }
    public var description: String { mark.map { "\($0): error: \(message)" } ?? "error: \(message)" }
}
