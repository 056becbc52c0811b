import Template

/// An object's members, looked up by the model's keys.
///
/// With PascalCase members (Application Auto Scaling) a key `policyARN` finds the member `PolicyARN` by
/// comparing the names in place: `JSONDecoder`'s `.custom` strategy built a lowered-first-letter key
/// per member to do the same.
struct JSONAnswerKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [Mapping.Entry]
    let path: JSONAnswerPath
    let renames: Bool

    var codingPath: [any CodingKey] { path.codingPath }

    var allKeys: [Key] { members.compactMap { Key(stringValue: renames ? Self.camelCase($0.key) : $0.key) } }

    func contains(_ key: Key) -> Bool { member(key) != nil }

    private func member(_ key: Key) -> JSONAnswerValue? {
        let name = key.stringValue
        if renames {
            for member in members where Self.isMember(member.key, renamedFrom: name) { return member.value.value }
        } else {
            for member in members where member.key == name { return member.value.value }
        }
        return nil
    }

    private func required(_ key: Key) throws -> JSONAnswerValue {
        guard let value = member(key) else {
            throw DecodingError.keyNotFound(
                key,
                .init(codingPath: codingPath, debugDescription: "No value associated with key \"\(key.stringValue)\"."))
        }
        return value
    }

    /// The member's value, nil when it is missing or null (what `decodeIfPresent` skips).
    private func present(_ key: Key) -> JSONAnswerValue? {
        guard let value = member(key), value != .null else { return nil }
        return value
    }

    private func scalar<T: JSONAnswerScalar>(_ key: Key) throws -> T {
        try T.read(try required(key), at: JSONAnswerPlace(path: path, key: key))
    }

    private func scalarIfPresent<T: JSONAnswerScalar>(_ key: Key) throws -> T? {
        guard let value = present(key) else { return nil }
        return try T.read(value, at: JSONAnswerPlace(path: path, key: key))
    }

    func decodeNil(forKey key: Key) throws -> Bool { try required(key) == .null }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try scalar(key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try scalar(key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try scalar(key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try scalar(key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try scalar(key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try scalar(key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try scalar(key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try scalar(key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try scalar(key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try scalar(key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try scalar(key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try scalar(key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try scalar(key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try scalar(key) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try JSONAnswerDecoder.read(T.self, from: try required(key), at: JSONAnswerPlace(path: path, key: key))
    }

    // The optional members every model is made of: one lookup each, where the protocol's default
    // implementations would look the member up three times (contains, decodeNil, decode).
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try scalarIfPresent(key) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try scalarIfPresent(key) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try scalarIfPresent(key) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try scalarIfPresent(key) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try scalarIfPresent(key) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try scalarIfPresent(key) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try scalarIfPresent(key) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try scalarIfPresent(key) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try scalarIfPresent(key) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try scalarIfPresent(key) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try scalarIfPresent(key) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try scalarIfPresent(key) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try scalarIfPresent(key) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try scalarIfPresent(key) }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let value = present(key) else { return nil }
        return try JSONAnswerDecoder.read(T.self, from: value, at: JSONAnswerPlace(path: path, key: key))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try JSONAnswerDecoder(value: try required(key), path: path.appending(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try JSONAnswerDecoder(value: try required(key), path: path.appending(key)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        let key = JSONSuperKey()
        let value = members.first { $0.key == key.stringValue }?.value.value ?? .null
        return JSONAnswerDecoder(value: value, path: path.appending(key))
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        JSONAnswerDecoder(value: member(key) ?? .null, path: path.appending(key))
    }

    /// Whether the answer's `member` is the model's `name` with its first letter raised (`PolicyARN`,
    /// `policyARN`): the test `JSONDecoder`'s strategy made by lowering each member's first character.
    static func isMember(_ member: String, renamedFrom name: String) -> Bool {
        let memberUTF8 = member.utf8
        let nameUTF8 = name.utf8
        guard memberUTF8.count == nameUTF8.count, let first = memberUTF8.first, let nameFirst = nameUTF8.first else {
            return member.isEmpty && name.isEmpty
        }
        guard first < 0x80 else { return camelCase(member) == name }
        let lowered = first &- UInt8(ascii: "A") < 26 ? first | 0x20 : first
        return lowered == nameFirst && memberUTF8.dropFirst().elementsEqual(nameUTF8.dropFirst())
    }

    static func camelCase(_ member: String) -> String { member.prefix(1).lowercased() + member.dropFirst() }
}
