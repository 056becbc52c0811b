import Template
import TextBasics

/// One thing a user must read about a run that could not go on: where (a place in a file, or an AWS
/// call), what went wrong, what to do, and what it means for the exit code. Every error a command prints
/// becomes one of these and is rendered in one place (`DiagnosticText` in Report).
public struct Diagnostic: Error, Sendable, Equatable {
    public enum Severity: String, Sendable {
        case error, warning
    }

    public enum Mark: Sendable, Equatable {
        /// A place in a file the user wrote: `path:line:column`.
        case source(SourceMark)
        /// A file as a whole (it cannot be opened, it is empty).
        case file(String)
        /// An AWS call: its IAM action (`cloudformation:DescribeStacks`), the service's error code, the
        /// HTTP status and the request id, for a support case. `explained` when the message says what the
        /// answer means (the stack does not exist) rather than that the call failed: the line then leads
        /// with the message and names the call, code and request id after it.
        case operation(action: String, code: String?, status: Int?, requestId: String?, explained: Bool = false)
        /// Nothing to point at (a usage error).
        case none
    }

    public var severity: Severity
    public var mark: Mark
    /// What went wrong, one line.
    public var message: String
    /// What to do about it, when the message does not say.
    public var hint: String?
    public var exitClass: ExitClass

    public init(
        _ severity: Severity = .error, mark: Mark = .none, message: String, hint: String? = nil,
        exitClass: ExitClass = .undecided
    ) {
        self.severity = severity
        self.mark = mark
        self.message = message
        self.hint = hint
        self.exitClass = exitClass
    }

    /// An error at a node of a file the user wrote, or at the file when the node has no mark.
    public init(at mark: SourceMark?, file: String? = nil, message: String, hint: String? = nil) {
        let place: Mark = mark.map(Mark.source) ?? file.map(Mark.file) ?? .none
        self.init(mark: place, message: message, hint: hint)
    }
}

/// An error that knows the diagnostic it is shown as.
public protocol DiagnosticConvertible: Error {
    var diagnostic: Diagnostic { get }
}

extension Diagnostic: DiagnosticConvertible {
    public var diagnostic: Diagnostic { self }
}

extension TemplateError: DiagnosticConvertible {
    /// Always exit 2: a template that cannot be read leaves nothing to decide on.
    public var diagnostic: Diagnostic {
        if let mark { return Diagnostic(mark: .source(mark), message: message) }
        return Diagnostic(mark: file.map(Diagnostic.Mark.file) ?? .none, message: message)
    }
}

extension Diagnostic {
    /// A diagnostic from a line a library printed itself: `path:line:column: error: message`,
    /// `path: error: message`, `error: message`, or bare text. Its mark is kept, so the line reads the
    /// same and a template place still gets its caret.
    public init(line: String, exitClass: ExitClass = .undecided) {
        guard let range = line.textRange(of: "error: ") else {
            self.init(message: line, exitClass: exitClass)
            return
        }
        let message = String(line[range.upperBound...])
        let place = line[..<range.lowerBound]
        guard place.hasSuffix(": ") else {
            self.init(message: place.isEmpty ? message : line, exitClass: exitClass)
            return
        }
        let prefix = String(place.dropLast(2))
        let parts = prefix.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count >= 3, let lineNumber = Int(parts[parts.count - 2]), let column = Int(parts[parts.count - 1]) {
            let file = parts.dropLast(2).joined(separator: ":")
            let mark = SourceMark(file: file, line: lineNumber, column: column)
            self.init(mark: .source(mark), message: message, exitClass: exitClass)
        } else {
            self.init(mark: .file(prefix), message: message, exitClass: exitClass)
        }
    }
}
