/// PyYAML's YAML 1.1 patterns for plain integers, floats and timestamps (`yaml/resolver.py`), matched
/// on bytes without regular expressions: the reader runs them on every plain scalar.
enum YAML11Syntax {
    private typealias Bytes = UnsafeBufferPointer<UInt8>

    private static func isDigit(_ b: UInt8) -> Bool { b &- UInt8(ascii: "0") < 10 }

    /// Skips bytes in `allowed`, returning how many, not counting `_`.
    private static func run(_ s: Bytes, _ i: inout Int, _ allowed: (UInt8) -> Bool) -> (all: Int, digits: Int) {
        let start = i
        var digits = 0
        while i < s.count, s[i] == UInt8(ascii: "_") || allowed(s[i]) {
            if s[i] != UInt8(ascii: "_") { digits += 1 }
            i += 1
        }
        return (i - start, digits)
    }

    private static func skipSign(_ s: Bytes, _ i: inout Int) {
        if i < s.count, s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+") { i += 1 }
    }

    /// `(:[0-5]?[0-9])+`, greedy as the regular expression is.
    private static func sexagesimalGroups(_ s: Bytes, _ i: inout Int) -> Bool {
        var groups = 0
        while i + 1 < s.count, s[i] == UInt8(ascii: ":"), isDigit(s[i + 1]) {
            if i + 2 < s.count, s[i + 1] <= UInt8(ascii: "5"), isDigit(s[i + 2]) { i += 3 } else { i += 2 }
            groups += 1
        }
        return groups > 0
    }

    /// `0b[0-1_]+ | 0[0-7_]+ | 0 | [1-9][0-9_]* | 0x[0-9a-fA-F_]+ | [1-9][0-9_]*(:[0-5]?[0-9])+`, signed.
    /// Binary and hex need a digit besides `_`: PyYAML matches `0x_` but fails to build it.
    static func isInt(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        skipSign(s, &i)
        guard i < s.count, isDigit(s[i]) else { return false }
        if s[i] == UInt8(ascii: "0") {
            i += 1
            if i == s.count { return true }
            switch s[i] {
            case UInt8(ascii: "b"):
                i += 1
                let (all, digits) = run(s, &i) { $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: "1") }
                return all > 0 && digits > 0 && i == s.count
            case UInt8(ascii: "x"):
                i += 1
                let (all, digits) = run(s, &i) { isDigit($0) || ($0 | 0x20) &- UInt8(ascii: "a") < 6 }
                return all > 0 && digits > 0 && i == s.count
            default:
                let (all, _) = run(s, &i) { $0 &- UInt8(ascii: "0") < 8 }
                return all > 0 && i == s.count
            }
        }
        _ = run(s, &i, isDigit)
        if i == s.count { return true }
        return sexagesimalGroups(s, &i) && i == s.count
    }

    /// `[0-9][0-9_]*.[0-9_]*([eE][-+][0-9]+)? | .[0-9][0-9_]*([eE][-+][0-9]+)? | [0-9][0-9_]*(:[0-5]?[0-9])+.[0-9_]*
    /// | .inf | .nan`, signed except the second form and `.nan`.
    static func isFloat(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        skipSign(s, &i)
        let signed = i > 0
        guard i < s.count else { return false }
        if s[i] == UInt8(ascii: ".") {
            let rest = String(decoding: UnsafeBufferPointer(rebasing: s[(i + 1)...]), as: UTF8.self)
            if rest == "inf" || rest == "Inf" || rest == "INF" { return true }
            if rest == "nan" || rest == "NaN" || rest == "NAN" { return !signed }
            guard !signed, i + 1 < s.count, isDigit(s[i + 1]) else { return false }
            i += 1
            _ = run(s, &i, isDigit)
            return exponent(s, &i) && i == s.count
        }
        guard isDigit(s[i]) else { return false }
        _ = run(s, &i, isDigit)
        if i < s.count, s[i] == UInt8(ascii: ":") {
            guard sexagesimalGroups(s, &i), i < s.count, s[i] == UInt8(ascii: ".") else { return false }
            i += 1
            _ = run(s, &i, isDigit)
            return i == s.count
        }
        guard i < s.count, s[i] == UInt8(ascii: ".") else { return false }
        i += 1
        _ = run(s, &i, isDigit)
        return exponent(s, &i) && i == s.count
    }

    /// An optional `[eE][-+][0-9]+`; false when one starts but is malformed.
    private static func exponent(_ s: Bytes, _ i: inout Int) -> Bool {
        guard i < s.count, s[i] | 0x20 == UInt8(ascii: "e") else { return true }
        guard i + 2 < s.count, s[i + 1] == UInt8(ascii: "-") || s[i + 1] == UInt8(ascii: "+") else { return false }
        i += 2
        let start = i
        while i < s.count, isDigit(s[i]) { i += 1 }
        return i > start
    }

    /// `YYYY-MM-DD`, or `YYYY-M-D` then `T`/`t`/blanks, `H:MM:SS`, an optional fraction and an optional zone
    /// (`Z`, `+5`, `-05:00`), blanks allowed before the zone.
    static func isTimestamp(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        func digits(_ least: Int, _ most: Int) -> Bool {
            let start = i
            while i < s.count, i - start < most, isDigit(s[i]) { i += 1 }
            return i - start >= least
        }
        func byte(_ c: Character) -> Bool {
            guard i < s.count, s[i] == c.asciiValue! else { return false }
            i += 1
            return true
        }
        guard digits(4, 4), byte("-") else { return false }
        let monthStart = i
        guard digits(1, 2), byte("-") else { return false }
        let dayStart = i
        guard digits(1, 2) else { return false }
        if i == s.count { return dayStart - monthStart == 3 && i - dayStart == 2 }
        if byte("T") || byte("t") {
        } else {
            guard i < s.count, s[i] == 0x20 || s[i] == 0x09 else { return false }
            while i < s.count, s[i] == 0x20 || s[i] == 0x09 { i += 1 }
        }
        guard digits(1, 2), byte(":"), digits(2, 2), byte(":"), digits(2, 2) else { return false }
        if byte(".") { _ = digits(0, Int.max) }
        while i < s.count, s[i] == 0x20 || s[i] == 0x09 { i += 1 }
        if i == s.count { return true }
        if byte("Z") { return i == s.count }
        guard byte("-") || byte("+"), digits(1, 2) else { return false }
        if byte(":") { guard digits(2, 2) else { return false } }
        return i == s.count
    }
}
