/// A template that could not be read, printed like a compiler diagnostic:
/// `FILE:LINE:COLUMN: error: what went wrong, and what to do`.
///
/// The `reason` lets callers and tests tell failures apart without parsing the text; new reasons can be
/// added without breaking anyone, since callers only read it.
public struct TemplateError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Reason: String, Sendable {
        case unreadable, tooLarge, empty, notMapping, tooDeep, duplicateKey, invalidUTF8, tab, truncated
        case syntax, aliasLimit, unsupportedTag, badKey, mergeKey, noJSONForm
    }

    public var mark: SourceMark?
    /// The file when there is no line to point at (a file that cannot be opened).
    public var file: String?
    public var message: String
    public var reason: Reason

    public init(mark: SourceMark? = nil, message: String, reason: Reason = .syntax) {
        self.mark = mark
        self.file = mark?.file
        self.message = message
        self.reason = reason
    }

    public init(file: String, message: String, reason: Reason) {
        self.mark = nil
        self.file = file
        self.message = message
        self.reason = reason
    }

    public var description: String {
        if let mark { return "\(mark): error: \(message)" }
        if let file { return "\(file): error: \(message)" }
        return "error: \(message)"
    }
}

/// Something a reader accepted but a user should hear about (an unknown tag, an expanded alias).
public struct TemplateWarning: CustomStringConvertible, Sendable, Equatable {
    public var mark: SourceMark
    public var message: String

    public init(mark: SourceMark, message: String) {
        self.mark = mark
        self.message = message
    }

    public var description: String { "\(mark): warning: \(message)" }
}
