#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file, refusing a file over the template size limit before reading it.
///
/// Plain open/fstat/read instead of FileManager: its attributes call looks up the owner's user and group
/// names for every file, which cost more than reading a template (`roundtrip` reads hundreds).
enum FileBytes {
    static func read(path: String) throws(TemplateError) -> [UInt8] {
        // Opened first and examined through the descriptor: the path is looked up once, not once for `stat` and
        // again for `open` (a lookup walks every folder of the path; `roundtrip` reads hundreds of files).
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw whyNotOpened(path) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw unreadable(path) }
        if info.st_mode & S_IFMT == S_IFDIR { throw directory(path) }
        let size = Int(info.st_size)
        if size > TemplateLimits.maxBytes { throw TemplateReading.tooLargeError(size: size, file: path) }
        // One byte over the size, so the read that finds the end needs no growing; reads go on to the end
        // even when the file grew or its size was not known (pipes and /proc files report 0).
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, filled))) }
            let got = bytes.withUnsafeMutableBytes { readSome(fd, $0.baseAddress! + filled, $0.count - filled) }
            if got < 0 {
                if errno == EINTR { continue }
                throw unreadable(path)
            }
            if got == 0 { break }
            filled += got
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// What cannot be looked up (missing, a dangling link, a folder we may not search) is "no such file";
    /// a file that is there but cannot be opened, "cannot read".
    private static func whyNotOpened(_ path: String) -> TemplateError {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return TemplateError(file: path, message: "no such file; check the path", reason: .unreadable)
        }
        return info.st_mode & S_IFMT == S_IFDIR ? directory(path) : unreadable(path)
    }

    private static func directory(_ path: String) -> TemplateError {
        TemplateError(file: path, message: "is a directory; pass a template file", reason: .unreadable)
    }

    private static func unreadable(_ path: String) -> TemplateError {
        TemplateError(file: path, message: "cannot read the file; check its permissions", reason: .unreadable)
    }
}

/// The C `read`, which `FileBytes.read(path:)` hides inside the enum.
private func readSome(_ fd: Int32, _ into: UnsafeMutableRawPointer, _ count: Int) -> Int { read(fd, into, count) }
