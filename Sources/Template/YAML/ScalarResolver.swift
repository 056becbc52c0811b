/// What a plain (unquoted, untagged) YAML scalar means: YAML 1.1, exactly as PyYAML's resolver reads it.
///
/// Why YAML 1.1: CloudFormation reads templates as YAML 1.1 (an unquoted `Yes` deploys as `true`, an
/// unquoted file mode `000400` arrives as 256), and so do the tools people check templates with
/// (cfn-lint, cfn-flip and aws-cli read through PyYAML). A YAML 1.2 reading would make `convert` change
/// what a template means to all of them. So, for a plain scalar:
///
/// - null: `~`, `null`, `Null`, `NULL`, empty.
/// - booleans: `true/True/TRUE/false/False/FALSE`, `yes/Yes/YES/no/No/NO`, `on/On/ON/off/Off/OFF`.
///   `y/Y/n/N` stay strings (YAML 1.1's spec lists them; PyYAML and SnakeYAML don't honour them).
/// - integers, text kept as written: decimal `[-+]?(0|[1-9][0-9_]*)`, octal `017` (= 15: a leading zero
///   means octal), binary `0b101`, hex `0x1F`, sexagesimal `1:30` (= 90), `_` anywhere (`1_000`).
/// - floats, text kept: `1.5`, `1.`, `.5`, `1.0e+5` (an exponent needs a dot and a sign: `1e5` and
///   `1.5e3` are strings), sexagesimal `1:30.5`, `.inf`, `-.inf`, `.nan`.
/// - timestamps (`2001-12-14`, `2001-12-14t21:59:43.10-05:00`): strings holding their text. CloudFormation
///   has no timestamp type (`AWSTemplateFormatVersion: 2010-09-09` is the text `2010-09-09`), and JSON
///   has none either; YAML readers that build a date from it (cfn-lint) see the same instant.
/// - everything else is a string, including YAML 1.2's `0o17`, account ids such as `012345678901`
///   (a leading zero with an 8 or 9 is neither octal nor decimal), and forms PyYAML matches but cannot
///   build (`0x_`, `0b_`), on which cfn-lint fails.
///
/// Numbers keep their YAML text in the model (`0x1F`, `017`); the JSON writer writes the value they
/// stand for (`31`, `15`, see `YAMLNumberValue`), and the YAML writer writes them back plain.
enum ScalarResolver {
    enum Kind: Equatable {
        case null
        case bool(Bool)
        case number, timestamp, string
    }

    static func resolve(_ s: UnsafeBufferPointer<UInt8>) -> Kind {
        guard let first = s.first else { return .null }
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            if YAML11Syntax.isFloat(s) || YAML11Syntax.isInt(s) { return .number }
            return YAML11Syntax.isTimestamp(s) ? .timestamp : .string
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
        return text.withUTF8Bytes { resolve($0) }
    }

    /// YAML 1.1's words, compared as one integer each (`packed`): making a String of the scalar and comparing
    /// it with each word was 2.7 M instructions of roundtrip over the shared templates.
    private static func word(_ s: UnsafeBufferPointer<UInt8>) -> Kind {
        let key = packed(s)
        if nullWords.contains(key) { return .null }
        if trueWords.contains(key) { return .bool(true) }
        if falseWords.contains(key) { return .bool(false) }
        return .string
    }

    private static let nullWords = ["null", "Null", "NULL"].map(packed)
    private static let trueWords = ["true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"].map(packed)
    private static let falseWords = ["false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF"].map(packed)

    /// Up to seven bytes and their count in one integer, so that no two such byte strings share one.
    private static func packed(_ s: UnsafeBufferPointer<UInt8>) -> UInt64 {
        precondition(s.count <= 7)
        return s.reduce(0) { $0 << 8 | UInt64($1) } | UInt64(s.count) << 56
    }

    private static func packed(_ word: String) -> UInt64 {
        return word.withUTF8Bytes { packed($0) }
    }

    /// A decimal number as JSON and YAML 1.2 write them, signs and leading zeros allowed:
    /// `[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)?`. What `!!int`/`!!float` accept besides YAML 1.1's forms.
    static func isDecimal(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
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

    static func isDecimal(_ text: String) -> Bool {
        return text.withUTF8Bytes { isDecimal($0) }
    }
}
