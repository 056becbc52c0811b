import Foundation
import Subprocess
import Synchronization
import SystemPackage

/// A `stackcheck` run in the background, for commands that keep running (`watch`): start it, poke it
/// (signals), wait for it, read what it wrote.
///
/// swift-subprocess owns the child for the length of a closure, so a task holds that closure open
/// (the child runs, is reaped and its status read inside it) while the test signals it by its pid.
public final class CLIProcess: Sendable {
    private struct State {
        var pid: pid_t?
        var status: Int32?
    }

    /// Shared with the task that owns the child, which must not keep `self` alive: dropping a
    /// `CLIProcess` stops its child (`deinit`), as a `watch --every 1h` would otherwise run on.
    private final class Shared: Sendable {
        let state = Mutex(State())
    }

    private let shared = Shared()
    private let errFile: URL

    /// Starts `stackcheck args...`; returns once the child runs (so a signal sent next reaches it).
    public static func start(_ args: [String], environment: [String: String?] = [:]) async throws -> CLIProcess {
        let child = CLIProcess()
        try await child.launch(args, environment: environment)
        return child
    }

    private init() {
        // A file, not a pipe: nobody reads while it runs, and a full pipe would block the child.
        errFile = FileManager.default.temporaryDirectory.appendingPathComponent("stackcheck-\(UUID().uuidString).err")
    }

    private func launch(_ args: [String], environment: [String: String?]) async throws {
        let errors = try FileDescriptor.open(
            FilePath(errFile.path), .writeOnly, options: [.create, .truncate], permissions: [.ownerReadWrite])
        var changes: [Environment.Key: String?] = [:]
        for (key, value) in environment { changes[Environment.Key(stringLiteral: key)] = value }
        let (started, running) = AsyncStream.makeStream(of: Result<Void, any Error>.self)
        Task.detached { [shared] in
            do {
                let result = try await Subprocess.run(
                    .path(FilePath(CLI.binary.path)), arguments: Arguments(args),
                    environment: .inherit.updating(changes), input: .none, output: .discarded,
                    error: .fileDescriptor(errors, closeAfterSpawningProcess: true)
                ) { execution in
                    shared.state.withLock { $0.pid = execution.processIdentifier.value }
                    running.yield(.success(()))
                }
                let status: Int32 =
                    switch result.terminationStatus {
                    case .exited(let code): code
                    case .signaled(let signal): 128 + signal
                    }
                shared.state.withLock { $0 = State(pid: nil, status: status) }
            } catch {
                try? errors.close()
                running.yield(.failure(error))
            }
            running.finish()
        }
        for await outcome in started {
            try outcome.get()
            return
        }
    }

    deinit {
        signal(SIGTERM)
        try? FileManager.default.removeItem(at: errFile)
    }

    public var isRunning: Bool { shared.state.withLock { $0.status == nil } }

    /// Sends `number` to the child while it runs.
    public func signal(_ number: Int32) {
        shared.state.withLock { state in
            if let pid = state.pid, state.status == nil { kill(pid, number) }
        }
    }

    /// Waits up to `timeout` for the exit; returns the exit status (128 + the signal's number when a
    /// signal ended it), or nil if it still runs.
    public func wait(timeout: Duration) async -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let status = shared.state.withLock({ $0.status }) { return status }
            if ContinuousClock.now >= deadline { return nil }
            try? await Task.sleep(for: .milliseconds(50))
        }
    }

    public var stderr: String { (try? String(contentsOf: errFile, encoding: .utf8)) ?? "" }

    /// Polls until `condition` holds or `timeout` passes; returns whether it held.
    public static func eventually(timeout: Duration, _ condition: () -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while !condition() {
            if ContinuousClock.now >= deadline { return false }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return true
    }
}
