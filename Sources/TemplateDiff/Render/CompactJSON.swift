import Template

/// One-line JSON for a node, for values inside diff reports.
///
/// Numbers are written as their text when that text is valid JSON; a number text JSON cannot hold
/// (`012`, `+1`, `.5`, `1.`) is written as a JSON string so its exact text still shows.
public enum CompactJSON {
    public static func encode(_ node: Node) -> String {
        var out = ""
        write(node, into: &out)
        return out
    }

    static func write(_ node: Node, into out: inout String) {
        switch node.value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .number(let text): if isJSONNumber(text) { out += text } else { writeString(text, into: &out) }
        case .string(let text): writeString(text, into: &out)
        case .list(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                write(item, into: &out)
            }
            out += "]"
        case .mapping(let mapping):
            out += "{"
            for (index, entry) in mapping.entries.enumerated() {
                if index > 0 { out += "," }
                writeString(entry.key, into: &out)
                out += ":"
                write(entry.value, into: &out)
            }
            out += "}"
        }
    }

    public static func string(_ text: String) -> String {
        var out = ""
        writeString(text, into: &out)
        return out
    }

    static func writeString(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    /// RFC 8259's number grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    static func isJSONNumber(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        func digits() -> Int {
            let run = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
            bytes = bytes.dropFirst(run)
            return run
        }
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let start = bytes.first
        let integer = digits()
        guard integer > 0, integer == 1 || start != UInt8(ascii: "0") else { return false }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            guard digits() > 0 else { return false }
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }
}
