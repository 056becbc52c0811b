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
}
