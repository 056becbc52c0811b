/// What a plain (unquoted, untagged) YAML scalar means under the CloudFormation schema of DESIGN.md.
///
/// - null: `~`, `null`, `Null`, `NULL`, empty.
/// - booleans: `true/True/TRUE/false/False/FALSE` and YAML 1.1's `yes/Yes/YES/no/No/NO/on/On/ON/off/Off/OFF`
///   (CloudFormation reads YAML 1.1: an unquoted `Yes` deploys as `true`).
/// - numbers, text kept exactly: decimal integers `[-+]?[0-9]+` (leading zeros allowed: `012345678901`
///   stays that text, so an account id never loses its zero) and decimal floats
///   `[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)?`, which covers every JSON number.
/// - everything else is a string. In particular YAML 1.1's other number forms (`0x1F`, `0o17`, `0b101`,
///   `1_000`, sexagesimal `1:30`, `.inf`, `.nan`) and timestamps (`2010-09-09`) stay strings, as
///   CloudFormation treats them; `y/Y/n/N` stay strings too (YAML 1.1's spec lists them, no real
///   parser honours them). Writers quote all of these anyway, for PyYAML-based tools.
enum ScalarResolver {
    enum Kind: Equatable {
        case null, bool(Bool), number, string
    }

    static func resolve(_ s: UnsafeBufferPointer<UInt8>) -> Kind {
        guard let first = s.first else { return .null }
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            return isNumber(s) ? .number : .string
        case UInt8(ascii: "~"):
            return s.count == 1 ? .null : .string
        case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"),
            UInt8(ascii: "F"), UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "o"), UInt8(ascii: "O"):
            return s.count <= 5 ? word(s) : .string
        default:
            return .string
        }
    }

    static func resolve(_ text: String) -> Kind {
        var text = text
        return text.withUTF8 { resolve($0) }
    }

    private static func word(_ s: UnsafeBufferPointer<UInt8>) -> Kind {
        switch String(decoding: s, as: UTF8.self) {
        case "null", "Null", "NULL": .null
        case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON": .bool(true)
        case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF": .bool(false)
        default: .string
        }
    }

    static func isNumber(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = s.count
        func digits() -> Int {
            let start = i
            while i < n, s[i] &- UInt8(ascii: "0") < 10 { i += 1 }
            return i - start
        }
        if i < n, s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+") { i += 1 }
        let whole = digits()
        var fraction = 0
        if i < n, s[i] == UInt8(ascii: ".") {
            i += 1
            fraction = digits()
        }
        if whole == 0 && fraction == 0 { return false }
        if i < n, s[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            if i < n, s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+") { i += 1 }
            if digits() == 0 { return false }
        }
        return i == n
    }
}
