/// The canonical forms SigV4 hashes: URI path, query string and headers.
enum SigV4Canonical {
    /// The canonical URI of a path as sent on the wire (already percent-encoded).
    ///
    /// Every service but S3 normalizes the path (RFC 3986 dot segments, repeated slashes) and encodes it
    /// once more ("double encoding"); S3 uses the wire path as it is.
    static func uri(_ wirePath: String, normalize: Bool, encode: Bool) -> String {
        var path = wirePath.isEmpty ? "/" : wirePath
        if normalize { path = normalized(path) }
        return encode ? uriEncode(path, keepSlash: true) : path
    }

    static func normalized(_ path: String) -> String {
        var kept: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": _ = kept.popLast()
            default: kept.append(segment)
            }
        }
        let last = path.split(separator: "/", omittingEmptySubsequences: true).last
        let trailing = !kept.isEmpty && (path.hasSuffix("/") || last == "." || last == "..")
        return "/" + kept.joined(separator: "/") + (trailing ? "/" : "")
    }

    /// The canonical query: each name and value decoded, re-encoded strictly, sorted by name then value.
    static func query(_ rawQuery: String) -> String {
        queryPairs(rawQuery).map { "\($0.name)=\($0.value)" }.joined(separator: "&")
    }

    /// The encoded, sorted pairs of a raw query string.
    static func queryPairs(_ rawQuery: String) -> [(name: String, value: String)] {
        let pairs = rawQuery.split(separator: "&", omittingEmptySubsequences: true).map { item in
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = uriEncode(bytes: percentDecode(parts[0]), keepSlash: false)
            let value = parts.count > 1 ? uriEncode(bytes: percentDecode(parts[1]), keepSlash: false) : ""
            return (name: name, value: value)
        }
        return pairs.sorted { $0.name == $1.name ? $0.value < $1.value : $0.name < $1.name }
    }

    /// Lower-cased names, values trimmed with inner runs of whitespace collapsed, repeated names joined
    /// with commas in their original order, sorted by name.
    static func headers(_ headers: [(name: String, value: String)]) -> [(name: String, value: String)] {
        // A request has a handful of headers: a list searched in place is cheaper than a dictionary.
        var merged: [(name: String, value: String)] = []
        merged.reserveCapacity(headers.count)
        for (name, value) in headers {
            let key = name.lowercased()
            let text = collapsed(value)
            if let index = merged.firstIndex(where: { $0.name == key }) {
                merged[index].value += "," + text
            } else {
                merged.append((name: key, value: text))
            }
        }
        // Sorting bytes, not Unicode-aware String order, is what the spec means by "sorted by name".
        merged.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        return merged
    }

    static func collapsed(_ value: String) -> String {
        // Most values (dates, hosts, targets) have nothing to collapse: no tab or line break, no space at
        // either end, no two spaces in a row. They are returned as they are, without splitting them.
        var previous: UInt8 = 0x20
        var plain = true
        for byte in value.utf8 {
            if byte == 0x09 || byte == 0x0A || byte == 0x0D || (byte == 0x20 && previous == 0x20) {
                plain = false
                break
            }
            previous = byte
        }
        if plain && previous != 0x20 { return value }
        return value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            .joined(separator: " ")
    }

    /// RFC 3986 encoding as SigV4 wants it: everything but unreserved characters as upper-case `%XX`.
    static func uriEncode(_ text: some StringProtocol, keepSlash: Bool) -> String {
        uriEncode(bytes: Array(text.utf8), keepSlash: keepSlash)
    }

    static func uriEncode(bytes: [UInt8], keepSlash: Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        let digits = Array("0123456789ABCDEF".utf8)
        for byte in bytes {
            if isUnreserved(byte) || (keepSlash && byte == UInt8(ascii: "/")) {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0x0f)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            true
        default: false
        }
    }

    /// Decodes `%XX` escapes to bytes (not a String: a decoded byte need not be UTF-8); a malformed
    /// escape is kept as text and so encoded as such.
    static func percentDecode(_ text: some StringProtocol) -> [UInt8] {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
                let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
            {
                out.append(high << 4 | low)
                index += 3
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return out
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
