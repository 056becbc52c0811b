#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process's standard output and error, written whole and unbuffered (what `FileHandle.standardOutput`
/// and `.standardError` did), so what one part writes never interleaves with half a line of another.
public struct StandardStream: Sendable {
    public static let output = StandardStream(descriptor: 1)
    public static let error = StandardStream(descriptor: 2)

    let descriptor: Int32

    public func write(_ text: String) {
        write(Array(text.utf8))
    }

    /// Every byte, retrying short and interrupted writes; a closed stream (EPIPE) ends the writing.
    public func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }
}

#if canImport(Glibc)
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    private let systemWrite = Darwin.write
#endif
