import AWS
import Foundation
import Synchronization

/// A fresh temporary folder for shared config files and token files; removed when released.
final class TemporaryFolder: Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("stackcheck-cred-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes a file and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// An environment whose shared files live here (absent until written) and with IMDS off, so nothing
    /// from the developer's machine or network leaks into a test.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = [
            "HOME": url.path, "AWS_SHARED_CREDENTIALS_FILE": path("credentials"), "AWS_CONFIG_FILE": path("config"),
            "AWS_EC2_METADATA_DISABLED": "true",
        ]
        environment.merge(extra) { $1 }
        return environment
    }
}

/// A clock tests move by hand.
final class ManualClock: Sendable {
    private let current: Mutex<Date>

    init(_ start: Date) { current = Mutex(start) }

    var now: Date { current.withLock { $0 } }

    func advance(_ seconds: TimeInterval) { current.withLock { $0 += seconds } }

    var read: @Sendable () -> Date { { [self] in now } }
}

/// Counts fetches and hands out numbered credentials that expire `lifetime` after the clock's now.
actor CountingProvider: CredentialProvider {
    private(set) var calls = 0
    private let clock: ManualClock
    private let lifetime: TimeInterval?
    private var failing = false

    init(clock: ManualClock, lifetime: TimeInterval?) {
        self.clock = clock
        self.lifetime = lifetime
    }

    func fail(_ on: Bool) { failing = on }

    func credentials() async throws -> Credentials {
        calls += 1
        let number = calls
        // A pause, so concurrent callers really overlap with the fetch.
        try await Task.sleep(for: .milliseconds(50))
        if failing { throw CredentialError("counting: refresh failed") }
        return Credentials(
            accessKeyId: "AKID\(number)", secretAccessKey: "secret\(number)", sessionToken: "token\(number)",
            expiration: lifetime.map { clock.now + $0 })
    }
}
