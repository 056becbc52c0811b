import FoundationEssentials

/// Encodes an `Encodable` request input that is not a `JSONInput` (a model sent back, as tests put a
/// scaling policy) into a `JSONRequestNode` tree for `JSONRequestWriter`, in place of `JSONEncoder`.
///
/// Members are renamed PascalCase for the services that want it (a dictionary's keys never are: they
/// are data, as `JSONEncoder` left them), dates are epoch seconds.
struct JSONRequestEncoder: Encoder {
    let node: JSONRequestNode
    let codingPath: [any CodingKey]
    let pascalCase: Bool

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    static func body<Input: Encodable>(_ input: Input, pascalCase: Bool) throws -> [UInt8] {
        let root = JSONRequestNode()
        try JSONRequestEncoder(node: root, codingPath: [], pascalCase: pascalCase).encode(input)
        return try JSONRequestWriter.body(root)
    }

    /// The encoder of a member or element one level down.
    func child(_ node: JSONRequestNode, _ key: any CodingKey) -> JSONRequestEncoder {
        JSONRequestEncoder(node: node, codingPath: codingPath + [key], pascalCase: pascalCase)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        // Asked twice (a subclass and its superclass), the container is the same object, as in `JSONEncoder`.
        if case .empty = node.content { node.content = .object }
        let renames = pascalCase && ObjectIdentifier(Key.self) != DictionaryCodingKey.type
        return KeyedEncodingContainer(JSONRequestKeyedContainer<Key>(encoder: self, renames: renames))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .empty = node.content { node.content = .array }
        return JSONRequestUnkeyedContainer(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }
}

/// One value of a request being encoded: a scalar's JSON text, or an array's or object's children.
final class JSONRequestNode {
    enum Content {
        /// Nothing written yet: a model with no members, written as `{}`.
        case empty
        case null
        case bool(Bool)
        case number(String)
        case string(String)
        case array
        case object
    }

    var content = Content.empty
    var items: [JSONRequestNode] = []
    var members: [String: JSONRequestNode] = [:]
}

/// A single value: the encoder is its own container, as in `JSONEncoder`. Strings, numbers, booleans and
/// dates are recognised by their metatype (a pointer comparison, never a protocol cast).
extension JSONRequestEncoder: SingleValueEncodingContainer {
    func encodeNil() { node.content = .null }
    func encode(_ value: Bool) { node.content = .bool(value) }
    func encode(_ value: String) { node.content = .string(value) }
    func encode(_ value: Double) throws { node.content = .number(try JSONRequestWriter.number(value, at: codingPath)) }
    func encode(_ value: Float) throws {
        node.content = .number(try JSONRequestWriter.number(Double(value), at: codingPath, shortest: value.description))
    }
    func encode(_ value: Int) { node.content = .number(String(value)) }
    func encode(_ value: Int8) { node.content = .number(String(value)) }
    func encode(_ value: Int16) { node.content = .number(String(value)) }
    func encode(_ value: Int32) { node.content = .number(String(value)) }
    func encode(_ value: Int64) { node.content = .number(String(value)) }
    func encode(_ value: UInt) { node.content = .number(String(value)) }
    func encode(_ value: UInt8) { node.content = .number(String(value)) }
    func encode(_ value: UInt16) { node.content = .number(String(value)) }
    func encode(_ value: UInt32) { node.content = .number(String(value)) }
    func encode(_ value: UInt64) { node.content = .number(String(value)) }

    func encode<T: Encodable>(_ value: T) throws {
        if T.self == String.self { return encode(unsafeBitCast(value, to: String.self)) }
        if T.self == Int.self { return encode(unsafeBitCast(value, to: Int.self)) }
        if T.self == Bool.self { return encode(unsafeBitCast(value, to: Bool.self)) }
        if T.self == Double.self { return try encode(unsafeBitCast(value, to: Double.self)) }
        if T.self == Date.self { return try encode(unsafeBitCast(value, to: Date.self).timeIntervalSince1970) }
        try value.encode(to: self)
    }
}
