/// A JSON 1.1 answer, read once from its bytes (`JSONAnswerParser`) and then walked by
/// `JSONAnswerDecoder` into the service's models, or read directly (an error's `__type`).
///
/// Numbers keep their text: a 64-bit id comes out exact, and a number is converted only to the type the
/// model asks for. Objects keep their members in answer order and are searched linearly: an AWS object
/// has at most a few dozen members, each looked up once, so a hash table would cost more than it saves.
enum JSONAnswerValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONAnswerValue])
    case object([JSONAnswerMember])

    /// The member `key` of an object (the first, should an answer repeat one); nil for other values.
    subscript(key: String) -> JSONAnswerValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
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
        case .array: "an array"
        case .object: "an object"
        }
    }
}

struct JSONAnswerMember: Sendable, Equatable {
    var key: String
    var value: JSONAnswerValue
}
