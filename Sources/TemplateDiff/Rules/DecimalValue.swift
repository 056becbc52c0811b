/// The exact value of a decimal number's text, as `±digits × 10^exponent` with no spare zeros.
///
/// Accepts `[+-]?(digits[.digits?] | .digits)([eE][+-]?digits)?` with no leading zero in a
/// multi-digit integer part; anything else (including `012`, `0x1F`, `.inf`, ` 1`) is not a number.
struct DecimalValue: Equatable {
    var negative: Bool
    /// Significant digits, no leading or trailing zeros; empty for zero.
    var digits: [UInt8]
    var exponent: Int

    init?(_ text: String) {
        // Most strings a diff meets are names and ARNs: turned away before any copy is made.
        guard let first = text.utf8.first,
            Self.isDigit(first) || first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".")
        else { return nil }
        var bytes = Array(text.utf8)[...]
        guard !bytes.isEmpty else { return nil }
        var negative = false
        if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") {
            negative = bytes.first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        let integer = bytes.prefix(while: Self.isDigit)
        bytes = bytes.dropFirst(integer.count)
        if integer.count > 1, integer.first == UInt8(ascii: "0") { return nil }
        var fraction = ArraySlice<UInt8>()
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            fraction = bytes.prefix(while: Self.isDigit)
            bytes = bytes.dropFirst(fraction.count)
        }
        guard !integer.isEmpty || !fraction.isEmpty else { return nil }
        var exponent = 0
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            var exponentNegative = false
            if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") {
                exponentNegative = bytes.first == UInt8(ascii: "-")
                bytes = bytes.dropFirst()
            }
            let exponentDigits = bytes.prefix(while: Self.isDigit)
            // Nine digits keep the sum below Int's range; larger exponents are not template values.
            guard !exponentDigits.isEmpty, exponentDigits.count <= 9 else { return nil }
            bytes = bytes.dropFirst(exponentDigits.count)
            exponent = exponentDigits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
            if exponentNegative { exponent = -exponent }
        }
        guard bytes.isEmpty else { return nil }

        var all = Array(integer) + Array(fraction)
        exponent -= fraction.count
        let leading = all.prefix { $0 == UInt8(ascii: "0") }.count
        all.removeFirst(leading)
        while all.last == UInt8(ascii: "0") {
            all.removeLast()
            exponent += 1
        }
        self.digits = all
        self.negative = negative && !all.isEmpty  // -0 is 0
        self.exponent = all.isEmpty ? 0 : exponent
    }

    /// One text per value: `-12345e-2`, `0` for zero.
    var canonical: String {
        guard !digits.isEmpty else { return "0" }
        return (negative ? "-" : "") + String(decoding: digits, as: UTF8.self) + "e" + String(exponent)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
