/// Tests eight bytes at once (SWAR) for the bytes that end a run the readers and writers otherwise step
/// through one by one: indentation, and the plain text of a string.
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080
    static let spaces: UInt64 = 0x2020_2020_2020_2020

    /// The eight bytes from `offset`, as they lie in memory; the caller checks that eight are there.
    @inline(__always)
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
    }

    /// The high bit of each byte of `x` below `n` (n <= 0x80). The lowest bit set is exact: a borrow only
    /// reaches the bytes above the first one that is below `n`, so only those can be marked wrongly.
    @inline(__always)
    private static func below(_ x: UInt64, _ n: UInt8) -> UInt64 {
        (x &- ones &* UInt64(n)) & ~x & highs
    }

    @inline(__always)
    private static func equal(_ x: UInt64, _ b: UInt8) -> UInt64 {
        below(x ^ (ones &* UInt64(b)), 1)
    }

    /// Where in `x` (0-7) the first `"`, `\` or control character (below 0x20) is, the bytes a JSON string may
    /// not hold unescaped; 8 when there is none. Exact, so the caller needs no byte-by-byte search after it.
    @inline(__always)
    static func firstStringStop(_ x: UInt64) -> Int {
        let marked = below(x, 0x20) | equal(x, UInt8(ascii: "\"")) | equal(x, UInt8(ascii: "\\"))
        return marked.trailingZeroBitCount &>> 3
    }

    /// Whether `b` is one of the bytes `firstStringStop` looks for.
    @inline(__always)
    static func isStringStop(_ b: UInt8) -> Bool {
        b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\")
    }
}
