/// The names SecretRedactor's patterns start with: a text holding none of them (ASCII, compared
/// case-insensitively) cannot match any pattern, so the patterns need not run.
enum RedactionNames {
    /// Lowercase; every pattern's name contains one of these (`x-amz-signature` and `signature=`
    /// share `signature`, both token patterns share `token`).
    static let names: [[UInt8]] = ["authorization", "token", "signature", "aws_secret_access_key"].map { Array($0.utf8) }

    /// False only when the text is ASCII and holds none of the names in any letter case.
    ///
    /// One pass, no copy: a report of tens of kilobytes goes through here on its way to the terminal. The pass
    /// stops only at each name's rarest letter (`z` of authorization, `k` of token, `g` of signature) and at
    /// non-ASCII bytes, a table lookup per byte; stopping at each name's first letter (`a`, `t`, `s`, a
    /// byte in six of a report) cost drift's 35 KB report a million instructions.
    static func mayMatch(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            stops.withUnsafeBufferPointer { stops in
                for index in bytes.indices {
                    let stop = stops[Int(bytes[index])]
                    guard stop != 0 else { continue }
                    if stop == nonASCII { return true }
                    for (name, anchor) in anchored where stop & (1 << name) != 0 {
                        let start = index - anchor
                        if start >= 0, startsWith(bytes, at: start, names[name]) { return true }
                    }
                }
                return false
            }
        }
    }

    /// For each name, the offset of its letter that is rarest in English text, where the scan stops.
    private static let anchored: [(name: Int, anchor: Int)] = names.indices.map { name in
        let rarity = Array("zqxjkgvbpywfmucldrhsnioate".utf8)
        func rank(_ offset: Int) -> Int { rarity.firstIndex(of: names[name][offset]) ?? rarity.count }
        return (name, names[name].indices.min { rank($0) < rank($1) } ?? 0)
    }

    private static let nonASCII: UInt8 = 0x80

    /// Indexed by a byte: bit n set when it is name n's anchor letter (either case), `nonASCII` for bytes
    /// from 0x80, else 0.
    private static let stops: [UInt8] = (0...255).map { byte in
        if byte >= 0x80 { return nonASCII }
        var bits: UInt8 = 0
        for (name, anchor) in anchored where names[name][anchor] == lowered(UInt8(byte)) { bits |= 1 << name }
        return bits
    }

    private static func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// Whether `name` (lowercase) is at `start` of `bytes`, in any letter case.
    private static func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ name: [UInt8]) -> Bool {
        guard bytes.count - start >= name.count else { return false }
        for offset in 0..<name.count where lowered(bytes[start + offset]) != name[offset] { return false }
        return true
    }
}
