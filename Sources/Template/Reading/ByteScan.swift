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

    /// Whether any byte of `x` is below `n` (n <= 0x80). Exact as to "any", which is all that is asked.
    @inline(__always)
    private static func hasLess(_ x: UInt64, _ n: UInt8) -> Bool {
        (x &- ones &* UInt64(n)) & ~x & highs != 0
    }

    @inline(__always)
    private static func hasByte(_ x: UInt64, _ b: UInt8) -> Bool {
        hasLess(x ^ (ones &* UInt64(b)), 1)
    }

    /// Whether any byte is `"`, `\` or a control character (below 0x20): what a JSON string may not hold
    /// unescaped.
    @inline(__always)
    static func hasStringStop(_ x: UInt64) -> Bool {
        hasLess(x, 0x20) || hasByte(x, UInt8(ascii: "\"")) || hasByte(x, UInt8(ascii: "\\"))
    }
}
