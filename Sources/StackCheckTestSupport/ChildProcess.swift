import Foundation
import Subprocess
import SystemPackage

/// What a finished child process printed, and how it exited.
public struct CLIResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs a child process to completion: the one way tests start the CLI, aws-cli, cfn-lint or python.
/// swift-subprocess waits without holding a cooperative-pool thread and drains both streams while the
/// child runs, so a chatty child never blocks on a full pipe.
public enum ChildProcess {
    /// The most of each stream kept; a test's child that prints more is a failure of its own.
    static let outputLimit = 64 << 20

    /// Runs `executable arguments...`; `environment` entries are added to (or, with nil, removed from) ours.
    public static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String?] = [:], stdin: Data? = nil,
        currentDirectory: URL? = nil
    ) async throws -> CLIResult {
        var changes: [Environment.Key: String?] = [:]
        for (key, value) in environment { changes[Environment.Key(stringLiteral: key)] = value }
        let result = try await Subprocess.run(
            .path(FilePath(executable.path)), arguments: Arguments(arguments),
            environment: .inherit.updating(changes),
            workingDirectory: currentDirectory.map { FilePath($0.path) },
            input: .array(Array(stdin ?? Data())),
            output: .string(limit: outputLimit), error: .string(limit: outputLimit))
        let status: Int32 =
            switch result.terminationStatus {
            case .exited(let code): code
            // A signal reads as the shell reports it: 128 + the signal's number.
            case .signaled(let signal): 128 + signal
            }
        return CLIResult(status: status, stdout: result.standardOutput ?? "", stderr: result.standardError ?? "")
    }
}
