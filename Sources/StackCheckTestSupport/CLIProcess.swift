import Foundation

/// A `stackcheck` run in the background, for commands that keep running (`watch`): start it, poke it
/// (signals), wait for it, read what it wrote.
public final class CLIProcess: @unchecked Sendable {
    private let process = Process()
    private let errFile: URL

    public init(_ args: [String], environment: [String: String?] = [:]) throws {
        process.executableURL = CLI.binary
        process.arguments = args
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        // A file, not a pipe: nobody reads while it runs, and a full pipe would block the child.
        errFile = FileManager.default.temporaryDirectory.appendingPathComponent("stackcheck-\(UUID().uuidString).err")
        FileManager.default.createFile(atPath: errFile.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errFile)
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
        try? FileManager.default.removeItem(at: errFile)
    }

    public var pid: Int32 { process.processIdentifier }
    public var isRunning: Bool { process.isRunning }

    public func signal(_ number: Int32) { kill(process.processIdentifier, number) }

    /// Waits up to `timeout` for the exit; returns the exit status, or nil if it still runs.
    public func wait(timeout: Duration) async -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now >= deadline { return nil }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return process.terminationStatus
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
