/// Percent-encoding as full Foundation's `addingPercentEncoding(withAllowedCharacters: .alphanumerics)` and
/// `removingPercentEncoding` do it, over UTF-8.
extension StringProtocol {
    /// Every scalar that is not a Unicode letter, mark or number written as `%XX` per UTF-8 byte.
    public func percentEncodingNonAlphanumerics() -> String {
        var out = ""
        for scalar in unicodeScalars {
            if Self.isAlphanumeric(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 { out += "%" + Self.hex(byte >> 4) + Self.hex(byte & 15) }
            }
        }
        return out
    }

    /// The text with `%XX` sequences decoded; nil when one is malformed or the bytes are not UTF-8
    /// (as Foundation answers).
    public func removingPercentEncodingIfValid() -> String? {
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(Self.hexValue), let low = iterator.next().flatMap(Self.hexValue)
            else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    private static func hex(_ digit: UInt8) -> String {
        String(UnicodeScalar(digit < 10 ? digit + 48 : digit + 55))
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - 48
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - 87
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - 55
        default: return nil
        }
    }
}
