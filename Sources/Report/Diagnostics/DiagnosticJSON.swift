import Findings

/// A diagnostic's structure in a JSON report, beside the `error` line: what a script needs without
/// parsing that line (the AWS call, error code and request id of a support case; a file place).
public enum DiagnosticJSON {
    /// `mark` when the diagnostic points somewhere, `hint` when it has one.
    public static func fields(_ diagnostic: Diagnostic) -> [(String, JSONValue)] {
        var out: [(String, JSONValue)] = []
        if let mark = mark(diagnostic.mark) { out.append(("mark", mark)) }
        if let hint = diagnostic.hint { out.append(("hint", .string(hint))) }
        return out
    }

    /// `{"file", "line", "column"}`, `{"file"}` or `{"operation", "code", "httpStatus", "requestId"}`
    /// (absent parts null); nil for no mark.
    public static func mark(_ mark: Diagnostic.Mark) -> JSONValue? {
        switch mark {
        case .none: nil
        case .file(let path): .object([("file", .string(path))])
        case .source(let place):
            .object([("file", .string(place.file)), ("line", .number(place.line)), ("column", .number(place.column))])
        case .operation(let action, let code, let status, let requestId, _):
            .object([
                ("operation", .string(action)), ("code", .string(code)),
                ("httpStatus", status.map { .number($0) } ?? .null), ("requestId", .string(requestId)),
            ])
        }
    }
}
