import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The emulator's Python child: launched, watched for its ready line, terminated once.
/// stderr goes to a temporary file, not a pipe, so a chatty server can never block on a full pipe.
final class EmulatorProcess: @unchecked Sendable {
    private static let readyPrefix = "stackcheck-emulator listening on "

    private let process = Process()
    private let stdout = Pipe()
    private let logURL: URL
    private let terminated = Mutex(false)

    init(script: URL, environment: [String: String]) throws {
        let env = ProcessInfo.processInfo.environment
        let python = env["STACKCHECK_PYTHON"].flatMap { $0.isEmpty ? nil : $0 } ?? "python3"
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, script.path, "--host", "127.0.0.1", "--port", "0"]
        var childEnv = env
        for (key, value) in environment { childEnv[key] = value }
        process.environment = childEnv
        logURL = FileManager.default.temporaryDirectory
            .appendingPathComponent("stackcheck-emulator-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: logURL.path, contents: nil)
        process.standardOutput = stdout
        process.standardError = try FileHandle(forWritingTo: logURL)
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw EmulatorError("could not launch \(python) \(script.path): \(error)")
        }
    }

    deinit {
        terminate()
        try? FileManager.default.removeItem(at: logURL)
    }

    var log: String { (try? String(contentsOf: logURL, encoding: .utf8)) ?? "" }

    /// Reads stdout on its own thread (a blocking read must not hold a cooperative-pool thread) until
    /// the ready line, the child's exit, or the deadline.
    func waitUntilReady(timeout: Duration) async throws -> URL {
        let handle = stdout.fileHandleForReading
        let outcome = await withCheckedContinuation {
            (continuation: CheckedContinuation<Result<URL, EmulatorError>, Never>) in
            let once = ResumeOnce(continuation)
            Thread.detachNewThread {
                var buffer = Data()
                while true {
                    let chunk = handle.availableData
                    if chunk.isEmpty {
                        once.resume(.failure(EmulatorError("exited before it was ready")))
                        return
                    }
                    buffer.append(chunk)
                    let text = String(decoding: buffer, as: UTF8.self)
                    if let line = text.split(separator: "\n").first(where: { $0.hasPrefix(Self.readyPrefix) }),
                        let url = URL(string: String(line.dropFirst(Self.readyPrefix.count)))
                    {
                        once.resume(.success(url))
                        return
                    }
                }
            }
            Thread.detachNewThread {
                Thread.sleep(forTimeInterval: Double(timeout.components.seconds))
                once.resume(.failure(EmulatorError("not ready after \(timeout)")))
            }
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

    /// Terminates the child and waits for it. Safe to call twice.
    func terminate() {
        let first = terminated.withLock { terminated in
            defer { terminated = true }
            return !terminated
        }
        guard first else { return }
        // Not waitUntilExit: on Linux it spins a run loop, which can hang on a pool thread. SIGTERM, a
        // short wait, then SIGKILL for a child that will not go.
        if process.isRunning {
            process.terminate()
            for _ in 0..<100 where process.isRunning { usleep(20_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        try? stdout.fileHandleForReading.close()
    }
}

/// Resumes a continuation exactly once, whichever thread gets there first.
private final class ResumeOnce<Value: Sendable>: Sendable {
    private let continuation: Mutex<CheckedContinuation<Value, Never>?>

    init(_ continuation: CheckedContinuation<Value, Never>) { self.continuation = Mutex(continuation) }

    func resume(_ value: Value) {
        let pending = continuation.withLock { continuation in
            defer { continuation = nil }
            return continuation
        }
        pending?.resume(returning: value)
    }
}
