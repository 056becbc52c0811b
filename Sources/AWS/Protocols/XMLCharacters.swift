/// The byte classes XMLByteReader needs, and the one pass that checks a whole answer is UTF-8 made of
/// characters XML allows (XML 1.0, section 2.2: tab, line feed, carriage return, U+0020-U+D7FF,
/// U+E000-U+FFFD, U+10000-U+10FFFF), so every later decoding of a slice is exact.
enum XMLCharacters {
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    /// Bytes that end a name: spaces and XML's delimiters. Non-ASCII bytes belong to names (the reader
    /// keeps names as written and never needs more of the name production than this).
    static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x0A, 0x09, 0x0D, UInt8(ascii: "/"), UInt8(ascii: ">"), UInt8(ascii: "<"), UInt8(ascii: "="),
            UInt8(ascii: "&"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "?"), UInt8(ascii: "!"),
            UInt8(ascii: ";"):
            false
        default: true
        }
    }

    static func isNameStart(_ byte: UInt8) -> Bool {
        !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) && byte != UInt8(ascii: "-")
            && byte != UInt8(ascii: ".")
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// The offset of the first byte that is not well-formed UTF-8 (RFC 3629: no overlongs, no surrogates)
    /// or starts a character XML does not allow; nil when there is none.
    static func firstInvalid(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead >= 0x20 && lead < 0x80 {
                index += 1
                continue
            }
            if lead < 0x80 {
                guard isSpace(lead) else { return index }
                index += 1
                continue
            }
            let length: Int
            var scalar: UInt32
            switch lead {
            case 0xC2...0xDF: (length, scalar) = (2, UInt32(lead & 0x1F))
            case 0xE0...0xEF: (length, scalar) = (3, UInt32(lead & 0x0F))
            case 0xF0...0xF4: (length, scalar) = (4, UInt32(lead & 0x07))
            default: return index
            }
            guard index + length <= count else { return index }
            for offset in 1..<length {
                let next = bytes[index + offset]
                guard next & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            // Overlong forms decode below their length's range; Unicode.Scalar refuses surrogates.
            let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
            guard scalar >= minimum, let decoded = Unicode.Scalar(scalar), isAllowed(decoded) else { return index }
            index += length
        }
        return nil
    }
}
