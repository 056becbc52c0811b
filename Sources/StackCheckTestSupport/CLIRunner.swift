import Foundation

/// Runs the built `stackcheck` binary as a user would, capturing exit code and both streams.
public enum CLI {
    /// The `stackcheck` binary SwiftPM built beside the test bundle.
    public static var binary: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        // The test runner lives in the products folder, or inside a .xctest bundle within it.
        while !dir.path.isEmpty, dir.path != "/" {
            dir.deleteLastPathComponent()
            let candidate = dir.appendingPathComponent("stackcheck")
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue {
                return candidate
            }
        }
        return TestData.packageRoot.appendingPathComponent(".build/debug/stackcheck")
    }

    /// Runs `stackcheck args...`; `environment` entries are added to (or, with nil, removed from) ours.
    public static func run(
        _ args: [String], environment: [String: String?] = [:], stdin: String? = nil,
        currentDirectory: URL? = nil
    ) async throws -> CLIResult {
        try await ChildProcess.run(
            binary, args, environment: environment, stdin: stdin.map { Data($0.utf8) },
            currentDirectory: currentDirectory)
    }
}
