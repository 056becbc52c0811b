import FoundationEssentials
import TextBasics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file so that a reader sees the old content or the new, never a part of either.
///
/// The bytes go to a temporary file in the same directory (same file system, so `rename` is atomic),
/// are flushed, and the temporary file is renamed over the target.
enum AtomicFile {
    static func write(_ text: String, to path: String) throws(GoldenError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw GoldenError("\(directory.path): cannot create the directory: \(FileErrorText.describe(error))")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw GoldenError("\(temporary.path): cannot write: \(FileErrorText.describe(error))")
        }
        if let reason = flushFailure(temporary.path) {
            try? FileManager.default.removeItem(at: temporary)
            throw GoldenError("\(temporary.path): cannot write: \(reason)")
        }
        guard rename(temporary.path, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw GoldenError("\(path): cannot replace the file: \(reason)")
        }
    }

    /// Puts the file's bytes on the disk (fsync), so the rename never publishes a file a crash would lose;
    /// the reason when that fails.
    private static func flushFailure(_ path: String) -> String? {
        let descriptor = open(path, O_RDWR)
        defer { if descriptor >= 0 { close(descriptor) } }
        return descriptor >= 0 && fsync(descriptor) == 0 ? nil : String(cString: strerror(errno))
    }

    /// The file's bytes, or nil when there is no such file.
    static func read(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }
}
