import Foundation

/// Runs an external tool (cfn-lint, aws-cli) found on PATH, as a test would from a shell.
public enum Tool {
    /// Whether `name` is on PATH (for tests that need cfn-lint or aws-cli, which `scripts/setup` installs).
    public static func isInstalled(_ name: String) -> Bool { path(of: name) != nil }

    public static func path(of name: String) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `name args...`; `environment` entries are added to (or, with nil, removed from) ours.
    public static func run(
        _ name: String, _ args: [String], environment: [String: String?] = [:], currentDirectory: URL? = nil
    ) throws -> CLIResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + args
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        // Files, not pipes: nothing to drain concurrently, and a chatty tool can never block.
        let outURL = temporaryFile()
        let errURL = temporaryFile()
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return CLIResult(
            status: process.terminationStatus,
            stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }

    private static func temporaryFile() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stackcheck-tool-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        return url
    }
}
