/// Writes a JSON 1.1 request body: from `JSONInput` directly (every service call builds one), or from
/// the tree `JSONRequestEncoder` makes of another `Encodable` input.
///
/// Members are sorted by their UTF-8 bytes, as `JSONEncoder`'s `.sortedKeys` wrote them, so a body is
/// the same bytes from run to run (signatures and recorded requests compare equal). `/` is not escaped:
/// JSON does not ask for it and AWS reads both.
struct JSONRequestWriter {
    private(set) var bytes: [UInt8] = []

    static func body(_ input: JSONInput) throws -> [UInt8] {
        var writer = JSONRequestWriter()
        try writer.write(input)
        return writer.bytes
    }

    static func body(_ node: JSONRequestNode) throws -> [UInt8] {
        var writer = JSONRequestWriter()
        try writer.write(node)
        return writer.bytes
    }

    private mutating func write(_ input: JSONInput) throws {
        switch input {
        case .string(let text): write(string: text)
        case .int(let number): bytes.append(contentsOf: String(number).utf8)
        case .double(let number): bytes.append(contentsOf: try Self.number(number, at: []).utf8)
        case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .strings(let texts): writeArray(texts) { $0.write(string: $1) }
        case .array(let items): try writeArray(items) { try $0.write($1) }
        case .object(let members): try writeObject(members) { try $0.write($1) }
        }
    }

    private mutating func write(_ node: JSONRequestNode) throws {
        switch node.content {
        case .null: bytes.append(contentsOf: "null".utf8)
        case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let text): bytes.append(contentsOf: text.utf8)
        case .string(let text): write(string: text)
        case .array: try writeArray(node.items) { try $0.write($1) }
        // A container asked for and left empty is `{}`, as `JSONEncoder` writes it.
        case .object, .empty: try writeObject(node.members) { try $0.write($1) }
        }
    }

    private mutating func writeArray<Item>(_ items: [Item], _ writeItem: (inout Self, Item) throws -> Void) rethrows {
        bytes.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            try writeItem(&self, item)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func writeObject<Value>(
        _ members: [String: Value], _ writeValue: (inout Self, Value) throws -> Void
    ) rethrows {
        bytes.append(UInt8(ascii: "{"))
        let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        for (index, member) in sorted.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            write(string: member.key)
            bytes.append(UInt8(ascii: ":"))
            try writeValue(&self, member.value)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    private mutating func write(string: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: #"\\"#.utf8)
            case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
            case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
            case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
            case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
            case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: #"\u00"#.utf8)
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A double as `JSONEncoder` writes it: the shortest text that reads back the same, without a
    /// trailing `.0` (`3`, `0.25`, `1e+20`). JSON has no infinity or NaN: they are refused, as there.
    /// `shortest` is a `Float`'s own text, shorter than its widened `Double`'s.
    static func number(_ value: Double, at codingPath: [any CodingKey], shortest: String? = nil) throws -> String {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                value, .init(codingPath: codingPath, debugDescription: "Unable to encode \(value) directly in JSON."))
        }
        let text = shortest ?? value.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
