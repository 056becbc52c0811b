/// Pretty JSON in the shape of Python's `json.dumps(indent=2, ensure_ascii=False)`: 2-space indent,
/// `": "` after keys, `{}`/`[]` for empty containers, keys in model order, a trailing newline.
///
/// Compact output (`{"a":[1,2]}`, no trailing newline) is the one-line form reports embed values in.
///
/// Numbers are written as their text when it is JSON. A number read from YAML in YAML 1.1's own forms
/// (`0x1F`, `017`, `+1`, `.5`, `.inf`) is written as the value YAML 1.1 readers take it for (`31`, `15`,
/// `1`, `0.5`, `1.0e+999`), so cfn-lint reads the JSON as it reads the YAML; `roundtrip` reports the changed
/// text. A number with no JSON form (`.nan`) is written as a string: `convert` refuses it beforehand
/// (see `JSONForm`), and `roundtrip` reports it. Compact output shows a value to a person inside a report,
/// so there such numbers stay the text the user wrote, as a string (`"017"`, not `15`).
struct JSONWriter: ~Copyable {
    private var out: ByteOutput
    private let pretty: Bool

    private init(pretty: Bool, capacity: Int) {
        self.pretty = pretty
        out = ByteOutput(capacity: capacity)
    }

    static func write(_ node: Node, pretty: Bool = true) -> String {
        written(node, pretty: pretty).out.withBytes { String(decoding: $0, as: UTF8.self) }
    }

    static func bytes(_ node: Node, pretty: Bool = true) -> [UInt8] { written(node, pretty: pretty).out.array }

    private static func written(_ node: Node, pretty: Bool) -> JSONWriter {
        var writer = JSONWriter(pretty: pretty, capacity: pretty ? 1 << 16 : 256)
        writer.value(node, indent: 0)
        if pretty { writer.out.append(0x0A) }
        return writer
    }

    /// A JSON string literal for `text`.
    static func quoted(_ text: String) -> String {
        var writer = JSONWriter(pretty: false, capacity: text.utf8.count + 2)
        writer.string(text)
        return writer.out.withBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// Appends the JSON string literal for `text` to `out`.
    static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        var writer = JSONWriter(pretty: false, capacity: text.utf8.count + 2)
        writer.string(text)
        writer.out.withBytes { out.append(contentsOf: $0) }
    }

    private mutating func newline(_ indent: Int) {
        guard pretty else { return }
        out.append(0x0A)
        out.append(repeating: 0x20, count: indent)
    }

    private mutating func value(_ node: Node, indent: Int) {
        switch node.value {
        case .null: out.append("null")
        case .bool(let flag): out.append(flag ? "true" : "false")
        case .number(let text):
            if JSONWriter.isJSONNumber(text) {
                out.append(text)
            } else if pretty, let json = YAMLNumberValue.json(text) {
                out.append(json)
            } else {
                string(text)
            }
        case .string(let text): string(text)
        case .list(let items):
            guard !items.isEmpty else { return out.append("[]") }
            out.append(UInt8(ascii: "["))
            for i in items.indices {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(indent + 2)
                value(items[i], indent: indent + 2)
            }
            newline(indent)
            out.append(UInt8(ascii: "]"))
        case .mapping(let mapping):
            guard !mapping.isEmpty else { return out.append("{}") }
            out.append(UInt8(ascii: "{"))
            // Index access reads fields in place instead of copying (and retaining) whole entries.
            for i in mapping.entries.indices {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(indent + 2)
                string(mapping.entries[i].key)
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(0x20) }
                value(mapping.entries[i].value, indent: indent + 2)
            }
            newline(indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    private mutating func string(_ text: String) {
        out.append(UInt8(ascii: "\""))
        text.withUTF8Bytes { bytes in
            var runStart = 0
            var i = 0
            while i < bytes.count {
                // Eight bytes at a time past text that needs no escape, which is nearly all of it, straight to
                // the byte that does.
                if i + 8 <= bytes.count {
                    let stop = ByteScan.firstStringStop(ByteScan.word(bytes, i))
                    i += stop
                    if stop == 8 { continue }
                } else if !ByteScan.isStringStop(bytes[i]) {
                    i += 1
                    continue
                }
                out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                escape(bytes[i])
                i += 1
                runStart = i
            }
            out.append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ b: UInt8) {
        out.append(UInt8(ascii: "\\"))
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(b)
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "t"))
        case 0x08: out.append(UInt8(ascii: "b"))
        case 0x0C: out.append(UInt8(ascii: "f"))
        default:
            let hex: StaticString = "0123456789abcdef"
            out.append("u00")
            out.append(hex.utf8Start[Int(b >> 4)])
            out.append(hex.utf8Start[Int(b & 15)])
        }
    }

    /// RFC 8259's number grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    static func isJSONNumber(_ text: String) -> Bool {
        return text.withUTF8Bytes { bytes in
            var i = 0
            func digits() -> Int {
                let start = i
                while i < bytes.count, bytes[i] &- UInt8(ascii: "0") < 10 { i += 1 }
                return i - start
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
            let intStart = i
            let intCount = digits()
            if intCount == 0 || (intCount > 1 && bytes[intStart] == UInt8(ascii: "0")) { return false }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                i += 1
                if digits() == 0 { return false }
            }
            if i < bytes.count, bytes[i] | 0x20 == UInt8(ascii: "e") {
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                if digits() == 0 { return false }
            }
            return i == bytes.count
        }
    }
}
