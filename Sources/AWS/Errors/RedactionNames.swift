/// The names SecretRedactor's patterns start with: a text holding none of them (ASCII, compared
/// case-insensitively) cannot match any pattern, so the patterns need not run.
enum RedactionNames {
    /// Lowercase; every pattern's name contains one of these (`x-amz-signature` and `signature=`
    /// share `signature`, both token patterns share `token`).
    static let names: [[UInt8]] = ["authorization", "token", "signature", "aws_secret_access_key"].map { Array($0.utf8) }

    /// False only when the text is ASCII and holds none of the names in any letter case.
    static func mayMatch(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            var lowered = [UInt8](repeating: 0, count: bytes.count)
            for index in bytes.indices {
                let byte = bytes[index]
                if byte >= 0x80 { return true }
                lowered[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return names.contains { name in contains(lowered, name) }
        }
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if haystack[start] == first {
                var matched = 1
                while matched < needle.count, haystack[start + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}
