import Template

/// A JSON document with ordered object keys, for reports whose field order is part of the contract
/// (`schemaVersion` first) and whose numbers must keep their exact text. The one way stackcheck writes
/// JSON of its own (reports, histories, webhook bodies); templates are written by `TemplateWriter`.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// The number's text, written as is.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    public static func number(_ value: Int) -> JSONValue { .number(String(value)) }

    /// An optional string as a string or null.
    public static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

    /// A template value as JSON (marks dropped; numbers keep their text). A YAML-only number (`017`,
    /// `0x1F`) becomes the string the user wrote, as `TemplateWriter.compactJSON` shows it, so the
    /// document stays JSON.
    public init(_ node: Node) {
        switch node.value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let text): self = TemplateWriter.isJSONNumber(text) ? .number(text) : .string(text)
        case .string(let text): self = .string(text)
        case .list(let items): self = .array(items.map(JSONValue.init))
        case .mapping(let mapping): self = .object(mapping.entries.map { ($0.key, JSONValue($0.value)) })
        }
    }

    /// The value of `key` when this is an object.
    public subscript(key: String) -> JSONValue? {
        if case .object(let fields) = self { return fields.first { $0.0 == key }?.1 }
        return nil
    }
}

extension JSONValue {
    /// Compact JSON on one line (for JSON Lines histories and webhook bodies).
    public var compact: String { text(indent: nil) }

    /// Pretty JSON with a 2-space indent and a trailing newline.
    public var pretty: String { text(indent: 2, newline: true) }

    /// Pretty JSON whose containers at `level` and deeper are written compact, one per line: the shape
    /// of reports that list one item per line so they grep well.
    public func pretty(compactFrom level: Int) -> String { text(indent: 2, compactFrom: level, newline: true) }

    /// A JSON string literal: quotes, backslashes and control characters escaped; other text as is.
    public static func quote(_ text: String) -> String { TemplateWriter.jsonString(text) }

    /// The document written into one byte buffer, made a String once: a report is thousands of small pieces,
    /// and appending each to a String (and building each line's indentation as a String) cost a drift
    /// report of 35 KB four million instructions.
    private func text(indent: Int?, compactFrom: Int = .max, newline: Bool = false) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out, indent: indent, level: 0, compactFrom: compactFrom)
        if newline { out.append(0x0A) }
        return String(decoding: out, as: UTF8.self)
    }

    /// `indent` spaces per level, or nil for one line.
    private func write(into out: inout [UInt8], indent: Int?, level: Int, compactFrom: Int) {
        let indent = level >= compactFrom ? nil : indent
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let text): out.append(contentsOf: text.utf8)
        case .string(let text): TemplateWriter.appendJSONString(text, to: &out)
        case .array(let items):
            Self.writeContainer(
                into: &out, open: UInt8(ascii: "["), close: UInt8(ascii: "]"), count: items.count, indent: indent,
                level: level
            ) { index, out in
                items[index].write(into: &out, indent: indent, level: level + 1, compactFrom: compactFrom)
            }
        case .object(let fields):
            Self.writeContainer(
                into: &out, open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), count: fields.count, indent: indent,
                level: level
            ) { index, out in
                TemplateWriter.appendJSONString(fields[index].0, to: &out)
                out.append(UInt8(ascii: ":"))
                if indent != nil { out.append(UInt8(ascii: " ")) }
                fields[index].1.write(into: &out, indent: indent, level: level + 1, compactFrom: compactFrom)
            }
        }
    }

    private static func writeContainer(
        into out: inout [UInt8], open: UInt8, close: UInt8, count: Int, indent: Int?, level: Int,
        item: (Int, inout [UInt8]) -> Void
    ) {
        out.append(open)
        guard count > 0 else {
            out.append(close)
            return
        }
        for index in 0..<count {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            if let indent { newline(into: &out, spaces: indent * (level + 1)) }
            item(index, &out)
        }
        if let indent { newline(into: &out, spaces: indent * level) }
        out.append(close)
    }

    private static func newline(into out: inout [UInt8], spaces: Int) {
        out.append(0x0A)
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: spaces))
    }
}
