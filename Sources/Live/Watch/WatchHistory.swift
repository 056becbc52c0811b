import AWS
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The append-only history file of `watch`: one JSON line per run, each written whole with one
/// `write` under O_APPEND so a stop at any moment never leaves half a line. While a watch runs it
/// holds an exclusive lock on the file, so two watches never interleave their runs in one history.
public final class WatchHistory: @unchecked Sendable {
    public let path: String
    private let fd: Int32

    public init(path: String) throws {
        self.path = path
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw WatchError("error: cannot open history file \(path): \(String(cString: strerror(errno)))")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw WatchError("error: another watch is writing \(path); stop it or pass another --history")
        }
        self.fd = fd
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }

    public func append(_ record: WatchRecord) throws {
        // A stored line is an output like any other: no secret an answer echoed may reach the file.
        let bytes = Array((SecretRedactor.redact(record.json.compact) + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            throw WatchError("error: cannot append to history file \(path): \(String(cString: strerror(errno)))")
        }
        fsync(fd)
    }

    /// The fingerprint of the stack's last recorded run, so a restarted watch notifies only on change.
    public static func lastFingerprint(path: String, stack: String) -> String? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return text.split(separator: "\n").reversed().lazy.compactMap { WatchRecord.parse(String($0)) }
            .first { $0.stack == stack }?.fingerprint
    }
}

public struct WatchError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
