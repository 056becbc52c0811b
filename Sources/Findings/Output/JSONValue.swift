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
    public var compact: String {
        var out = ""
        write(into: &out, indent: nil, level: 0)
        return out
    }

    /// Pretty JSON with a 2-space indent and a trailing newline.
    public var pretty: String {
        var out = ""
        write(into: &out, indent: "  ", level: 0)
        return out + "\n"
    }

    /// Pretty JSON whose containers at `level` and deeper are written compact, one per line: the shape
    /// of reports that list one item per line so they grep well.
    public func pretty(compactFrom level: Int) -> String {
        var out = ""
        write(into: &out, indent: "  ", level: 0, compactFrom: level)
        return out + "\n"
    }

    private func write(into out: inout String, indent: String?, level: Int, compactFrom: Int = .max) {
        let indent = level >= compactFrom ? nil : indent
        switch self {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .number(let text): out += text
        case .string(let text): out += JSONValue.quote(text)
        case .array(let items):
            writeContainer(into: &out, open: "[", close: "]", count: items.count, indent: indent, level: level) {
                index, out in
                items[index].write(into: &out, indent: indent, level: level + 1, compactFrom: compactFrom)
            }
        case .object(let fields):
            writeContainer(into: &out, open: "{", close: "}", count: fields.count, indent: indent, level: level) {
                index, out in
                out += JSONValue.quote(fields[index].0) + (indent == nil ? ":" : ": ")
                fields[index].1.write(into: &out, indent: indent, level: level + 1, compactFrom: compactFrom)
            }
        }
    }

    private func writeContainer(
        into out: inout String, open: String, close: String, count: Int, indent: String?, level: Int,
        item: (Int, inout String) -> Void
    ) {
        out += open
        guard count > 0 else {
            out += close
            return
        }
        for index in 0..<count {
            if index > 0 { out += "," }
            if let indent { out += "\n" + String(repeating: indent, count: level + 1) }
            item(index, &out)
        }
        if let indent { out += "\n" + String(repeating: indent, count: level) }
        out += close
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped; other text as is.
    public static func quote(_ text: String) -> String { TemplateWriter.jsonString(text) }
}
