import Foundation
import Subprocess
import Synchronization
import SystemPackage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The emulator's Python child: launched, watched for its ready line, terminated once.
/// stderr goes to a temporary file, not a pipe, so a chatty server can never block on a full pipe.
///
/// swift-subprocess owns a child for the length of a closure; the emulator outlives any one call, so a
/// detached task holds that closure open for the child's whole life (reading stdout to the end, then
/// reaping it), while `terminate()` ends it by its pid from any thread, without waiting on that task.
final class EmulatorProcess: Sendable {
    private static let readyPrefix = "stackcheck-emulator listening on "

    private struct State {
        var pid: pid_t?
        var exited = false
        var stopped = false
    }

    /// Shared with the task that owns the child, which must not keep `self` alive (`deinit` stops it).
    private final class Shared: Sendable {
        let state = Mutex(State())
    }

    private let shared = Shared()
    private let ready: AsyncStream<Result<URL, EmulatorError>>
    private let logURL: URL

    init(script: URL, environment: [String: String]) throws {
        let env = ProcessInfo.processInfo.environment
        let python = env["STACKCHECK_PYTHON"].flatMap { $0.isEmpty ? nil : $0 } ?? "python3"
        logURL = FileManager.default.temporaryDirectory
            .appendingPathComponent("stackcheck-emulator-\(UUID().uuidString).log")
        let log = try FileDescriptor.open(
            FilePath(logURL.path), .writeOnly, options: [.create, .truncate], permissions: [.ownerReadWrite])
        var changes: [Environment.Key: String?] = [:]
        for (key, value) in environment { changes[Environment.Key(stringLiteral: key)] = value }
        let (ready, announce) = AsyncStream.makeStream(
            of: Result<URL, EmulatorError>.self, bufferingPolicy: .bufferingOldest(1))
        self.ready = ready
        Task.detached { [shared] in
            do {
                _ = try await Subprocess.run(
                    .path("/usr/bin/env"),
                    arguments: Arguments([python, script.path, "--host", "127.0.0.1", "--port", "0"]),
                    environment: .inherit.updating(changes), input: .none, output: .sequence,
                    error: .fileDescriptor(log, closeAfterSpawningProcess: true)
                ) { execution in
                    let stopNow = shared.state.withLock { state in
                        state.pid = execution.processIdentifier.value
                        return state.stopped
                    }
                    if stopNow { try? execution.send(signal: .terminate) }
                    var buffer: [UInt8] = []
                    var found = false
                    // Read to the end even after the ready line, so the child never blocks on a full pipe.
                    for try await chunk in execution.standardOutput where !found {
                        buffer += chunk.withUnsafeBytes { Array($0) }
                        if let url = Self.readyURL(in: buffer) {
                            found = true
                            announce.yield(.success(url))
                        }
                    }
                }
                announce.yield(.failure(EmulatorError("exited before it was ready")))
            } catch {
                try? log.close()
                announce.yield(.failure(EmulatorError("could not launch \(python) \(script.path): \(error)")))
            }
            shared.state.withLock { $0.exited = true }
            announce.finish()
        }
    }

    deinit {
        terminate()
        try? FileManager.default.removeItem(at: logURL)
    }

    var log: String { (try? String(contentsOf: logURL, encoding: .utf8)) ?? "" }

    private static func readyURL(in output: [UInt8]) -> URL? {
        let text = String(decoding: output, as: UTF8.self)
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(readyPrefix) }) else { return nil }
        return URL(string: String(line.dropFirst(readyPrefix.count)))
    }

    /// Waits for the ready line, the child's exit, or the deadline, whichever comes first.
    func waitUntilReady(timeout: Duration) async throws -> URL {
        let ready = self.ready
        let outcome = await withTaskGroup(of: Result<URL, EmulatorError>.self) { group in
            group.addTask {
                for await outcome in ready { return outcome }
                return .failure(EmulatorError("exited before it was ready"))
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return .failure(EmulatorError("not ready after \(timeout)"))
            }
            let first = await group.next() ?? .failure(EmulatorError("not ready after \(timeout)"))
            group.cancelAll()
            return first
        }
        switch outcome {
        case .success(let url): return url
        case .failure(let error):
            terminate()
            let log = self.log.split(separator: "\n").suffix(20).joined(separator: "\n")
            throw EmulatorError(
                "the emulator (scripts/emulator/server.py) \(error.description); run scripts/setup to install moto. "
                    + "Its stderr:\n\(log)")
        }
    }

    /// Terminates the child: SIGTERM, a short wait, then SIGKILL for a child that will not go. Safe to
    /// call twice, and before the child has started (it is then stopped as soon as it does).
    func terminate() {
        let pid = shared.state.withLock { state -> pid_t? in
            defer { state.stopped = true }
            return state.stopped || state.exited ? nil : state.pid
        }
        guard let pid else { return }
        kill(pid, SIGTERM)
        // Not awaiting the owning task: this may run on a pool thread (a deinit) that task needs.
        for _ in 0..<100 where !Self.hasExited(pid) { usleep(20_000) }
        if !Self.hasExited(pid) { kill(pid, SIGKILL) }
    }

    /// Whether the child has exited, seen without reaping it (WNOWAIT): swift-subprocess reaps it, and
    /// a child already reaped is gone (ECHILD).
    private static func hasExited(_ pid: pid_t) -> Bool {
        var info = siginfo_t()
        guard waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 else { return true }
        #if os(Linux)
            return info._sifields._sigchld.si_pid != 0
        #else
            return info.si_pid != 0
        #endif
    }
}
