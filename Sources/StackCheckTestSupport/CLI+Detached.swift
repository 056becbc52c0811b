import Foundation

extension CLI {
    /// `CLI.run` on its own thread. `run` blocks until the child exits; called from an async test it would
    /// hold one of the few cooperative-pool threads (two on a two-core machine) and stall every other test.
    public static func runDetached(
        _ args: [String], environment: [String: String?] = [:], stdin: String? = nil, currentDirectory: URL? = nil
    ) async throws -> CLIResult {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(
                    with: Result {
                        try run(args, environment: environment, stdin: stdin, currentDirectory: currentDirectory)
                    })
            }
        }
    }
}
