/// The names SecretRedactor's patterns start with: a text holding none of them (ASCII, compared
/// case-insensitively) cannot match any pattern, so the patterns need not run.
enum RedactionNames {
    /// Lowercase; every pattern's name contains one of these (`x-amz-signature` and `signature=`
    /// share `signature`, both token patterns share `token`).
    static let names: [[UInt8]] = ["authorization", "token", "signature", "aws_secret_access_key"].map { Array($0.utf8) }

    /// False only when the text is ASCII and holds none of the names in any letter case.
    ///
    /// One pass, no copy: a report of tens of kilobytes goes through here on its way to the terminal,
    /// so each byte costs a comparison or two, and the names are compared only where a byte could
    /// start one.
    static func mayMatch(_ text: String) -> Bool {
        var copy = text
        let starts = firstBytes
        let names = names
        return copy.withUTF8 { bytes in
            for index in bytes.indices {
                let byte = bytes[index]
                if byte >= 0x80 { return true }
                let lower = lowered(byte)
                guard starts[Int(lower)] else { continue }
                for name in names where name[0] == lower && startsWith(bytes, at: index, name) { return true }
            }
            return false
        }
    }

    /// Indexed by an ASCII byte: whether some name starts with it.
    private static let firstBytes: [Bool] = (0..<128).map { byte in names.contains { $0[0] == byte } }

    private static func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// Whether `name` (lowercase) is at `start` of `bytes`, in any letter case.
    private static func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ name: [UInt8]) -> Bool {
        guard bytes.count - start >= name.count else { return false }
        for offset in 1..<name.count where lowered(bytes[start + offset]) != name[offset] { return false }
        return true
    }
}
