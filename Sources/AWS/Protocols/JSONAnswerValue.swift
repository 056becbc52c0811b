import Template

/// A JSON 1.1 answer, read once by the project's one JSON reader (`TemplateReader.json`) and then walked
/// by `JSONAnswerDecoder` into the service's models, or read directly (an error's `__type`).
///
/// Numbers keep their text: a 64-bit id comes out exact, and a number is converted only to the type the
/// model asks for. Objects keep their members in answer order and are searched linearly: an AWS object
/// has at most a few dozen members, each looked up once, so a hash table would cost more than it saves.
typealias JSONAnswerValue = Value

extension Value {
    /// The member `key` of an object; nil for other values.
    subscript(key: String) -> Value? {
        guard case .mapping(let mapping) = self else { return nil }
        return mapping.entry(key)?.value.value
    }

    var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// What the value is, for "expected a string, found a number" messages.
    var kind: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .list: "an array"
        case .mapping: "an object"
        }
    }
}
