/// An array's elements, in order; each element's coding path ends in its index (`[3]`).
import Template

/// (Each element is a `Node`; its `value` is what is decoded.)
struct JSONAnswerUnkeyedContainer: UnkeyedDecodingContainer {
    let items: [Node]
    let path: JSONAnswerPath
    private(set) var currentIndex = 0

    init(items: [Node], path: JSONAnswerPath) {
        self.items = items
        self.path = path
    }

    var codingPath: [any CodingKey] { path.codingPath }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private var place: JSONAnswerPlace { JSONAnswerPlace(path: path, key: JSONIndexKey(index: currentIndex)) }

    /// The current element; the index moves on only once it is read, as in `JSONDecoder`.
    private func current(_ type: Any.Type) throws -> JSONAnswerValue {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                type, .init(codingPath: place.codingPath, debugDescription: "Unkeyed container is at end."))
        }
        return items[currentIndex].value
    }

    private mutating func scalar<T: JSONAnswerScalar>() throws -> T {
        let value = try T.read(try current(T.self), at: place)
        currentIndex += 1
        return value
    }

    mutating func decodeNil() throws -> Bool {
        guard try current(Any?.self) == .null else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try scalar() }
    mutating func decode(_ type: String.Type) throws -> String { try scalar() }
    mutating func decode(_ type: Double.Type) throws -> Double { try scalar() }
    mutating func decode(_ type: Float.Type) throws -> Float { try scalar() }
    mutating func decode(_ type: Int.Type) throws -> Int { try scalar() }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try scalar() }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try scalar() }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try scalar() }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try scalar() }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try scalar() }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try scalar() }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try scalar() }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try scalar() }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try scalar() }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let value = try JSONAnswerDecoder.read(T.self, from: try current(T.self), at: place)
        currentIndex += 1
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        let container = try elementDecoder(type).container(keyedBy: type)
        currentIndex += 1
        return container
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let container = try elementDecoder([Any].self).unkeyedContainer()
        currentIndex += 1
        return container
    }

    mutating func superDecoder() throws -> any Decoder {
        let decoder = try elementDecoder(Any.self)
        currentIndex += 1
        return decoder
    }

    private func elementDecoder(_ type: Any.Type) throws -> JSONAnswerDecoder {
        JSONAnswerDecoder(value: try current(type), path: place.pathOfValue)
    }
}
