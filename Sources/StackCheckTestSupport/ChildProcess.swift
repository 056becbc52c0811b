import Foundation

/// What a finished child process printed, and how it exited.
public struct CLIResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs a child process to completion: the one way tests start the CLI, aws-cli, cfn-lint or python.
///
/// The wait happens on a thread of its own: blocking a cooperative-pool thread (two on a two-core
/// machine) would stall every other test running beside this one. Output goes to files, not pipes, so a
/// chatty child can never block on a full pipe, and there is nothing to drain concurrently.
public enum ChildProcess {
    /// Runs `executable arguments...`; `environment` entries are added to (or, with nil, removed from) ours.
    public static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String?] = [:], stdin: Data? = nil,
        currentDirectory: URL? = nil
    ) async throws -> CLIResult {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(
                    with: Result {
                        try runBlocking(executable, arguments, environment, stdin, currentDirectory)
                    })
            }
        }
    }

    private static func runBlocking(
        _ executable: URL, _ arguments: [String], _ environment: [String: String?], _ stdin: Data?,
        _ currentDirectory: URL?
    ) throws -> CLIResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let input = try temporaryFile(stdin ?? Data())
        let output = try temporaryFile(Data())
        let errors = try temporaryFile(Data())
        defer { [input, output, errors].forEach { try? FileManager.default.removeItem(at: $0) } }
        process.standardInput = try FileHandle(forReadingFrom: input)
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        return CLIResult(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: output), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errors), as: UTF8.self))
    }

    private static func temporaryFile(_ contents: Data) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stackcheck-child-\(UUID().uuidString)")
        try contents.write(to: url)
        return url
    }
}
