#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension String {
    /// Whether this string's UTF-8 is exactly `bytes`: stricter than `==`, which takes canonically
    /// equivalent text as equal (so the read-back checks that use it can only be too strict, never lenient).
    func utf8Equals(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let utf8 = self.utf8
        guard utf8.count == bytes.count else { return false }
        guard !bytes.isEmpty else { return true }
        return utf8.withContiguousStorageIfAvailable { stored in
            memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0
        } ?? utf8.elementsEqual(bytes)
    }

    /// The UTF-8 bytes in the string's own storage, without the copy (a retain and a release) that
    /// `var copy = self; copy.withUTF8` makes: native strings always have that storage; others are copied.
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }
}
