import FoundationEssentials
import Template

/// Decodes the services' `Decodable` models from a JSON 1.1 answer, in place of Foundation's
/// `JSONDecoder`.
///
/// Why not `JSONDecoder`: it casts every decoded value's type against several protocols (its Date,
/// Data, URL, Decimal and dictionary special cases), and each type it has not met before misses the
/// runtime's conformance cache and scans every conformance record in the binary; its `.custom` key
/// strategy builds a key per member; and it pulls megabytes of code into the process. Here the answer
/// is parsed once (`JSONAnswerParser`), the scalars models hold are recognised by comparing metatypes,
/// and a renamed member is found by comparing its name in place.
///
/// What it keeps from `JSONDecoder`: coding paths and `DecodingError` cases (`DecodingErrorText` renders
/// them), `1.0` read as an integer, dictionary keys never renamed, user info. `URL`, `Data` and
/// `Decimal` have no special case: no AWS model holds one.
struct JSONAnswerDecoder: Decoder {
    let value: JSONAnswerValue
    let path: JSONAnswerPath

    static func decode<T: Decodable>(
        _ type: T.Type, from body: [UInt8], pascalCase: Bool, userInfo: [CodingUserInfoKey: Any] = [:]
    ) throws -> T {
        let value: JSONAnswerValue
        do {
            value = try JSONAnswerParser.parse(body)
        } catch {
            throw DecodingError.dataCorrupted(
                .init(codingPath: [], debugDescription: "The given data was not valid JSON.", underlyingError: error))
        }
        let root = JSONAnswerPath(
            parent: nil, key: nil, options: JSONAnswerOptions(pascalCase: pascalCase, userInfo: userInfo))
        return try read(T.self, from: value, at: JSONAnswerPlace(path: root, key: nil))
    }

    /// `T` from `value`. Strings, numbers, booleans and timestamps are read directly: comparing metatypes
    /// costs a pointer comparison, where a protocol cast may scan the binary's conformance records.
    static func read<T: Decodable>(_ type: T.Type, from value: JSONAnswerValue, at place: JSONAnswerPlace) throws -> T {
        if T.self == String.self { return unsafeBitCast(try String.read(value, at: place), to: T.self) }
        if T.self == Int.self { return unsafeBitCast(try Int.read(value, at: place), to: T.self) }
        if T.self == Bool.self { return unsafeBitCast(try Bool.read(value, at: place), to: T.self) }
        if T.self == Double.self { return unsafeBitCast(try Double.read(value, at: place), to: T.self) }
        if T.self == Date.self { return unsafeBitCast(try Date.read(value, at: place), to: T.self) }
        return try T(from: JSONAnswerDecoder(value: value, path: place.pathOfValue))
    }

    var codingPath: [any CodingKey] { path.codingPath }

    var userInfo: [CodingUserInfoKey: Any] { path.options.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let mapping) = value else {
            throw JSONAnswerPlace(path: path, key: nil).mismatch([String: Any].self, value)
        }
        // A dictionary's keys are data (tag keys), never member names to rename.
        let renames = path.options.pascalCase && ObjectIdentifier(Key.self) != DictionaryCodingKey.type
        return KeyedDecodingContainer(JSONAnswerKeyedContainer(members: mapping.entries, path: path, renames: renames))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .list(let items) = value else {
            throw JSONAnswerPlace(path: path, key: nil).mismatch([Any].self, value)
        }
        return JSONAnswerUnkeyedContainer(items: items, path: path)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }
}

/// A single value (a raw-value enum, an `Optional`): the decoder is its own container, as in `JSONDecoder`.
extension JSONAnswerDecoder: SingleValueDecodingContainer {
    private var place: JSONAnswerPlace { JSONAnswerPlace(path: path, key: nil) }

    func decodeNil() -> Bool { value == .null }

    func decode(_ type: Bool.Type) throws -> Bool { try Bool.read(value, at: place) }
    func decode(_ type: String.Type) throws -> String { try String.read(value, at: place) }
    func decode(_ type: Double.Type) throws -> Double { try Double.read(value, at: place) }
    func decode(_ type: Float.Type) throws -> Float { try Float.read(value, at: place) }
    func decode(_ type: Int.Type) throws -> Int { try Int.read(value, at: place) }
    func decode(_ type: Int8.Type) throws -> Int8 { try Int8.read(value, at: place) }
    func decode(_ type: Int16.Type) throws -> Int16 { try Int16.read(value, at: place) }
    func decode(_ type: Int32.Type) throws -> Int32 { try Int32.read(value, at: place) }
    func decode(_ type: Int64.Type) throws -> Int64 { try Int64.read(value, at: place) }
    func decode(_ type: UInt.Type) throws -> UInt { try UInt.read(value, at: place) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try UInt8.read(value, at: place) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try UInt16.read(value, at: place) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try UInt32.read(value, at: place) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try UInt64.read(value, at: place) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try Self.read(T.self, from: value, at: place) }
}
