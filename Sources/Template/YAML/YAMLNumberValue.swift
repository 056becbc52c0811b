/// The JSON text for a number written the YAML 1.1 way (`0x1F`, `017`, `1_000`, `1:30`, `1.`, `.inf`):
/// the value PyYAML builds from it, so that cfn-lint reads our JSON as it reads the YAML.
///
/// Integers are converted exactly up to `maxIntegerLength` characters: Python refuses to read a decimal
/// integer of over 4,300 digits (so no JSON form of a longer one is readable by cfn-lint), and the bound
/// keeps the quadratic base conversion fast on hostile input. Floats keep their
/// decimal digits (`1_0.5_` is `10.5`, `1.` is `1.0`: JSON needs a digit after the dot), so a JSON reader
/// rounds them exactly as PyYAML's `float()` does; sexagesimal floats are summed in `Double` in PyYAML's
/// order and written in the shortest form that reads back the same. Infinity is `1.0e+999`, the JSON
/// number every IEEE reader takes as infinity. NaN has no JSON form: nil.
///
/// Every float keeps a dot and a signed exponent: cfn-lint reads JSON templates through its YAML loader
/// first, and YAML 1.1 takes `1e999` for a string.
enum YAMLNumberValue {
    static let maxIntegerLength = 4000

    static func json(_ text: String) -> String? {
        return text.withUTF8Bytes { bytes in
            if YAML11Syntax.isInt(bytes) { return bytes.count <= maxIntegerLength ? integer(bytes) : nil }
            if YAML11Syntax.isFloat(bytes) { return float(bytes) }
            return nil
        }
    }

    /// Sign and the text after it, underscores removed, lowercased (as PyYAML's constructors do).
    private static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> (negative: Bool, body: [UInt8]) {
        var body = bytes.filter { $0 != UInt8(ascii: "_") }.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let negative = body.first == UInt8(ascii: "-")
        if body.first == UInt8(ascii: "-") || body.first == UInt8(ascii: "+") { body.removeFirst() }
        return (negative, body)
    }

    private static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let (negative, body) = split(bytes)
        var value = Decimal9()
        if body.starts(with: Array("0b".utf8)) {
            for b in body.dropFirst(2) { value.multiplyAdd(2, UInt32(b - UInt8(ascii: "0"))) }
        } else if body.starts(with: Array("0x".utf8)) {
            for b in body.dropFirst(2) {
                value.multiplyAdd(
                    16, UInt32(b <= UInt8(ascii: "9") ? b - UInt8(ascii: "0") : b - UInt8(ascii: "a") + 10))
            }
        } else if body.first == UInt8(ascii: "0") {
            for b in body { value.multiplyAdd(8, UInt32(b - UInt8(ascii: "0"))) }
        } else {
            // Decimal, or sexagesimal: each `:` part is a base-60 digit.
            var part = Decimal9()
            let parts = body.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
            for (index, digits) in parts.enumerated() {
                part = Decimal9()
                for b in digits { part.multiplyAdd(10, UInt32(b - UInt8(ascii: "0"))) }
                if index == 0 { value = part } else { value.multiplyAdd(60, part.limbs.first ?? 0) }
            }
        }
        let digits = value.description
        return negative && digits != "0" ? "-" + digits : digits
    }

    private static func float(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let (negative, body) = split(bytes)
        let sign = negative ? "-" : ""
        let text = String(decoding: body, as: UTF8.self)
        if text == ".inf" { return sign + "1.0e+999" }
        if text == ".nan" { return nil }
        if body.contains(UInt8(ascii: ":")) {
            var value = 0.0
            var base = 1.0
            for part in text.split(separator: ":", omittingEmptySubsequences: false).reversed() {
                value += (Double(part.hasSuffix(".") ? part + "0" : part) ?? 0) * base
                base *= 60
            }
            if value.isInfinite { return sign + "1.0e+999" }
            var shortest = "\(value)"
            if !shortest.contains("."), let e = shortest.firstIndex(of: "e") {
                shortest.insert(contentsOf: ".0", at: e)
            }
            return sign + shortest
        }
        // `[0-9]*.[0-9]*(e[-+][0-9]+)?` with at least one digit: make both sides of the dot JSON's.
        let dot = body.firstIndex(of: UInt8(ascii: "."))!
        let exponent = body.firstIndex(of: UInt8(ascii: "e")) ?? body.endIndex
        var whole = Array(body[..<dot].drop { $0 == UInt8(ascii: "0") })
        if whole.isEmpty { whole = [UInt8(ascii: "0")] }
        var fraction = Array(body[(dot + 1)..<exponent])
        if fraction.isEmpty { fraction = [UInt8(ascii: "0")] }
        return sign + String(decoding: whole + [UInt8(ascii: ".")] + fraction + body[exponent...], as: UTF8.self)
    }
}

/// An unbounded non-negative integer in base 10⁹ limbs, least significant first: enough arithmetic to
/// turn a 1 MB hex literal into its exact decimal digits.
struct Decimal9: CustomStringConvertible {
    private static let base: UInt64 = 1_000_000_000
    private(set) var limbs: [UInt32] = [0]

    mutating func multiplyAdd(_ factor: UInt32, _ addend: UInt32) {
        var carry = UInt64(addend)
        for i in limbs.indices {
            let product = UInt64(limbs[i]) * UInt64(factor) + carry
            limbs[i] = UInt32(product % Self.base)
            carry = product / Self.base
        }
        while carry > 0 {
            limbs.append(UInt32(carry % Self.base))
            carry /= Self.base
        }
    }

    var description: String {
        var out = String(limbs.last!)
        for limb in limbs.dropLast().reversed() {
            let digits = String(limb)
            out += String(repeating: "0", count: 9 - digits.count) + digits
        }
        return out
    }
}
