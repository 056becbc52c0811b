import Findings
import FoundationEssentials
import Report

/// How golden assertions behave in the current task: the record mode and the environment they read.
///
/// Task-local values, never globals, so parallel tests can each choose: wrap a test in
/// `GoldenSettings.$record.withValue(.failed) { ... }`. Without one, `STACKCHECK_RECORD` decides.
public enum GoldenSettings {
    /// The record mode for this task; nil defers to `STACKCHECK_RECORD`, then to the default.
    @TaskLocal public static var record: GoldenRecordMode?

    /// The environment to consult instead of the process's (for tests of the CI rules; the process
    /// environment is shared by every test running at the same time).
    @TaskLocal public static var environment: [String: String]?

    /// The environment variable choosing the record mode: `all`, `missing`, `never` or `failed`.
    public static let recordVariable = "STACKCHECK_RECORD"

    static var currentEnvironment: [String: String] { environment ?? ProcessInfo.processInfo.environment }

    /// CI systems set `CI` (GitHub Actions, GitLab, CircleCI, Buildkite, Jenkins with the plugin...);
    /// empty, `0` and `false` are taken as not set.
    public static var isCI: Bool {
        guard let value = currentEnvironment["CI"] else { return false }
        return !["", "0", "false"].contains(value.lowercased())
    }

    /// The record mode in effect: the task-local value, else `STACKCHECK_RECORD`, else `never` in CI and
    /// `missing` elsewhere.
    public static func resolvedMode() throws(GoldenError) -> GoldenRecordMode {
        if let record { return record }
        if let text = currentEnvironment[recordVariable], !text.isEmpty {
            guard let mode = GoldenRecordMode(rawValue: text.lowercased()) else {
                throw GoldenError(
                    "\(recordVariable)=\(text) is not a record mode: use all, missing, never or failed")
            }
            return mode
        }
        return isCI ? .never : .missing
    }
}

/// Why a golden could not be checked or written: one line, saying what to do.
public struct GoldenError: Error, CustomStringConvertible, Sendable, DiagnosticConvertible {
    public var diagnostic: Diagnostic

    public init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }

    /// An error with no place of its own to mark (the message names the file where there is one).
    public init(_ message: String) { diagnostic = Diagnostic(message: message) }

    /// The text a failing golden assertion shows: the first line for a place in a file, else the bare
    /// message, which already names the golden and sits after the assertion's own reason.
    public var description: String {
        if case .none = diagnostic.mark { return diagnostic.message }
        return DiagnosticText.line(diagnostic)
    }

    static func refusedInCI(_ path: String) -> GoldenError {
        GoldenError(
            "\(path): recording refused because CI is set: goldens are recorded on a developer machine and "
                + "committed, never written by CI (unset CI to record locally)")
    }
}
