import Findings

/// The one place a diagnostic becomes text, as compilers and Yams print them:
///
/// ```
/// stack.yaml:3:11: error: found a tab character where an indentation space is expected
///   Type:	AWS::SQS::Queue
///        	^
/// ```
///
/// The first line alone is the contract scripts and tests read (`path:line:column: error: ...`, or
/// `error: cloudformation:DescribeStacks failed: ... (HTTP 400, request id r)`); the source line, caret and
/// hint follow it when there are any.
public enum DiagnosticText {
    /// The first line.
    public static func line(_ diagnostic: Diagnostic) -> String {
        let level = diagnostic.severity.rawValue
        switch diagnostic.mark {
        case .source(let mark): return "\(mark): \(level): \(diagnostic.message)"
        case .file(let path): return "\(path): \(level): \(diagnostic.message)"
        case .none: return "\(level): \(diagnostic.message)"
        case .operation(let action, let code, _, let requestId, true):
            // `error: stack s does not exist in r (cloudformation:DescribeStacks ValidationError, request id x)`
            var details = code.map { "\(action) \($0)" } ?? action
            if let requestId, !requestId.isEmpty { details += ", request id \(requestId)" }
            return "\(level): \(diagnostic.message) (\(details))"
        case .operation(let action, _, let status, let requestId, false):
            var details: [String] = []
            if let status { details.append("HTTP \(status)") }
            if let requestId, !requestId.isEmpty { details.append("request id \(requestId)") }
            let suffix = details.isEmpty ? "" : " (\(details.joined(separator: ", ")))"
            return "\(level): \(action) failed: \(diagnostic.message)\(suffix)"
        }
    }

    /// The whole diagnostic: the first line, then for a place in a file its source line (`sourceLine`,
    /// as read from the file) and a caret under the column, then the hint.
    public static func render(_ diagnostic: Diagnostic, sourceLine: String? = nil) -> String {
        var out = line(diagnostic)
        if case .source(let mark) = diagnostic.mark, let sourceLine {
            out += "\n" + indent + sourceLine + "\n" + indent + caret(under: mark.column, of: sourceLine)
        }
        if let hint = diagnostic.hint { out += "\n" + indent + "hint: " + hint }
        return out
    }

    private static let indent = "  "

    /// Spaces up to the 1-based `column` (which counts characters, as the readers do), keeping the
    /// line's own tabs so the caret lines up however wide the terminal draws a tab; then `^`. A column
    /// past the end of the line (an error at the line end) puts the caret just after it.
    public static func caret(under column: Int, of sourceLine: String) -> String {
        var out = ""
        for scalar in sourceLine.unicodeScalars.prefix(max(0, column - 1)) {
            out += scalar == "\t" ? "\t" : " "
        }
        let missing = max(0, column - 1 - sourceLine.unicodeScalars.count)
        return out + String(repeating: " ", count: missing) + "^"
    }

    /// Line `number` (1-based) of a file's bytes, without its line end or a leading byte order mark
    /// (the readers count the first line's columns from after it); nil past the end or for a line that
    /// is not UTF-8 or too long to show.
    public static func sourceLine(_ number: Int, of bytes: [UInt8]) -> String? {
        guard number >= 1 else { return nil }
        var line = 1
        var start = 0
        var index = 0
        while line < number {
            guard let newline = bytes[index...].firstIndex(of: 0x0A) else { return nil }
            index = newline + 1
            start = index
            line += 1
        }
        var end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        var from = start
        if number == 1, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { from = 3 }
        guard end - from <= 500, from <= end else { return nil }
        let text = String(decoding: bytes[from..<end], as: UTF8.self)
        return text.unicodeScalars.contains("\u{FFFD}") ? nil : text
    }
}
