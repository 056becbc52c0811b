/// A UTF-8 byte order mark (EF BB BF), which Windows editors write at the start of a file. It is not
/// part of the document: cfn-lint, CloudFormation and most JSON tools (RFC 8259 section 8.1) skip it.
enum ByteOrderMark {
    static func length(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// The bytes after the mark, so that parsers, their marks and ours all count from the first real character.
    static func dropped(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let skip = length(bytes)
        return skip == 0 ? bytes : UnsafeBufferPointer(rebasing: bytes[skip...])
    }
}
