/// Percent-encoding as full Foundation's `addingPercentEncoding(withAllowedCharacters: .alphanumerics)` and
/// `removingPercentEncoding` do it on Linux, over UTF-8.
extension StringProtocol {
    /// Every byte but ASCII letters and digits written as `%XX` (Foundation on Linux encodes `ü` too).
    public func percentEncodingNonAlphanumerics() -> String {
        var out = ""
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + Self.hex(byte >> 4) + Self.hex(byte & 15)
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
