import TextBasics

/// RFC 6901 JSON Pointers: `~` is written `~0` and `/` is written `~1` inside a reference token.
public enum JSONPointer {
    public static func escape(_ token: String) -> String {
        // Bytes, not Characters: walking a String by Character runs grapheme breaking on every one.
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        // `~` first, so the `~` that `~1` introduces is not escaped again.
        return token.replacingOccurrences("~", with: "~0").replacingOccurrences("/", with: "~1")
    }

    public static func unescape(_ token: String) -> String {
        guard token.utf8.contains(UInt8(ascii: "~")) else { return token }
        // `~0` first would turn `~01` into `/` instead of `~1`; RFC 6901 section 4 orders it this way.
        return token.replacingOccurrences("~1", with: "/").replacingOccurrences("~0", with: "~")
    }

    /// The pointer for `tokens` from the document root; the root itself is the empty string.
    public static func pointer(_ tokens: [String]) -> String {
        tokens.reduce(into: "") { result, token in
            result += "/"
            result += escape(token)
        }
    }

    public static func tokens(_ pointer: String) -> [String] {
        guard !pointer.isEmpty else { return [] }
        return pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map { unescape(String($0)) }
    }
}

extension String {
    // Foundation-free, so the engine stays usable where only the standard library is present.
    fileprivate func replacingOccurrences(_ target: String, with replacement: String) -> String {
        var result = ""
        var rest = self[...]
        while let range = rest.literalRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
