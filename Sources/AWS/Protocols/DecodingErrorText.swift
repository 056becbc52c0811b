import FoundationEssentials
import Template

/// A JSON answer that does not decode, in our words: Swift's own description of a `DecodingError`
/// (`keyNotFound(CodingKeys(stringValue: ...), Swift.DecodingError.Context(...))`) is not for users.
enum DecodingErrorText {
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "not valid JSON" }
        switch error {
        case .keyNotFound(let key, let context):
            return "\"\(key.stringValue)\" is missing\(at(context.codingPath))"
        case .typeMismatch(let type, let context):
            return "expected \(name(type))\(at(context.codingPath))"
        case .valueNotFound(let type, let context):
            return "expected \(name(type)), found null\(at(context.codingPath))"
        case .dataCorrupted(let context):
            // The reader's reason and place (`a trailing comma is not allowed in JSON ... (line 1, column 39)`).
            if let syntax = context.underlyingError as? TemplateError {
                return "not valid JSON: \(syntax.message)" + (syntax.mark.map { " (line \($0.line), column \($0.column))" } ?? "")
            }
            return "unreadable value\(at(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "not valid JSON"
        }
    }

    private static func at(_ path: [any CodingKey]) -> String {
        guard !path.isEmpty else { return "" }
        return " at " + path.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined().drop { $0 == "." }
    }

    private static func name(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is any BinaryInteger.Type, is any BinaryFloatingPoint.Type: "a number"
        case is Bool.Type: "a boolean"
        case is Date.Type: "a timestamp"
        case is [String: Any].Type: "an object"
        case is [Any].Type: "an array"
        default: "a value of another shape"
        }
    }
}
