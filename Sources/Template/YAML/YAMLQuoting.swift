/// Decides when the YAML writer must quote a string: whenever a plain scalar would read back as
/// anything but that string, under our rules or under PyYAML's YAML 1.1 resolver (cfn-lint, cfn-flip,
/// aws-cli read our output). Erring towards quoting costs only looks.
enum YAMLQuoting {
    static func needsQuotes(_ text: String) -> Bool {
        return text.withUTF8Bytes { needsQuotes($0) }
    }

    static func needsQuotes(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = s.first else { return true }
        if ScalarResolver.resolve(s) != .string { return true }
        switch first {
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            return s.count == 1  // YAML 1.1 lists y/n as booleans; aws-cli quotes them, so do we
        case UInt8(ascii: "<"):
            return s.count == 2 && s[1] == UInt8(ascii: "<")  // PyYAML's merge key
        case UInt8(ascii: "="):
            return s.count == 1  // PyYAML's value tag, which SafeLoader cannot construct
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            // PyYAML's ints (0x1F, 0o17, 1_000, 1:30), floats (.inf, 1.5e+3) and timestamps
            // (2010-09-09, 2001-12-14t21:59:43.10-05:00) use only these characters.
            return s.allSatisfy { numericLike[Int($0)] }
        default:
            return false
        }
    }

    private static let numericLike: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for c in "0123456789abcdefABCDEFxXoO_.:+- \tinINtTzZ".utf8 { table[Int(c)] = true }
        return table
    }()

    /// How a number's text is written: plain when a YAML 1.1 reader takes it for that number; tagged
    /// `!!float` when it is a decimal PyYAML would read as a string (`1e5`, `1.5e3`: its floats need a dot
    /// and a signed exponent; `-.5`), which `float()` then reads as JSON readers do; otherwise nil, and the
    /// writer writes the text as a string (`012345678901`, a leading zero no YAML 1.1 reader keeps).
    enum NumberForm { case plain, floatTag }

    static func numberForm(_ text: String) -> NumberForm? {
        if ScalarResolver.resolve(text) == .number { return .plain }
        let leadingZeroInteger = text.withUTF8Bytes { s in
            let digits = s.drop { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
            return digits.count > 1 && digits.first == UInt8(ascii: "0") && digits.allSatisfy { $0 &- 48 < 10 }
        }
        return ScalarResolver.isDecimal(text) && !leadingZeroInteger ? .floatTag : nil
    }
}
