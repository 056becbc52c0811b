import Foundation

/// Runs an external tool (cfn-lint, aws-cli) found on PATH, as a test would from a shell.
public enum Tool {
    /// Whether `name` is on PATH (for tests that need cfn-lint or aws-cli, which `scripts/setup` installs).
    public static func isInstalled(_ name: String) -> Bool { path(of: name) != nil }

    public static func path(of name: String) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `name args...` found on PATH; `environment` entries are added to (or, with nil, removed from) ours.
    public static func run(
        _ name: String, _ args: [String], environment: [String: String?] = [:], stdin: Data? = nil,
        currentDirectory: URL? = nil
    ) async throws -> CLIResult {
        try await ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"), [name] + args, environment: environment, stdin: stdin,
            currentDirectory: currentDirectory)
    }
}

/// The python3 that `scripts/setup` provisions (moto, cfn-lint, cfn-flip, boto3); `PYTHON` overrides it.
public enum Python {
    public static var executable: String { ProcessInfo.processInfo.environment["PYTHON"] ?? "python3" }

    public static func run(_ arguments: [String], stdin: Data = Data()) async throws -> CLIResult {
        try await Tool.run(executable, arguments, stdin: stdin)
    }

    /// Whether python3 runs and can import `module` (for tests that need a tool's library).
    public static func canImport(_ module: String) async -> Bool {
        (try? await run(["-c", "import \(module)"]))?.status == 0
    }
}
