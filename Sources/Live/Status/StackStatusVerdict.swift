import TextBasics

/// What a stack's status means for every command that looks at a live stack (smoke, drift, describe,
/// watch, and any later one): the one place that decides, so they always agree.
///
/// | statuses | verdict | exit |
/// |---|---|---|
/// | `CREATE_COMPLETE`, `UPDATE_COMPLETE`, `IMPORT_COMPLETE` | settled: check the stack | 0 |
/// | `CREATE_IN_PROGRESS`, `UPDATE_IN_PROGRESS`, `UPDATE_COMPLETE_CLEANUP_IN_PROGRESS`, `REVIEW_IN_PROGRESS`, `IMPORT_IN_PROGRESS` | in progress: inconclusive unless waited for | 3 |
/// | every `*_FAILED`, every `*ROLLBACK*`, `DELETE_IN_PROGRESS`, `DELETE_COMPLETE` | a `stack-status` finding | 1 |
/// | anything else, or no status | the run cannot decide | 2 |
///
/// A rollback still in progress is a finding, not "in progress": the operation already failed, and
/// waiting can only end in a rolled-back (or failed) stack.
public enum StackStatusVerdict: Sendable, Equatable {
    /// The last operation completed: the stack is what it says.
    case settled
    /// An operation is running; its end is not known yet.
    case inProgress
    /// Failed, rolled back (or rolling back), deleting or deleted: why, in words.
    case finding(String)
    /// Not a status CloudFormation documents (or none at all).
    case unknown

    /// Every status CloudFormation documents for a stack, in the API reference's order.
    public static let documented: [String] = [
        "CREATE_IN_PROGRESS", "CREATE_FAILED", "CREATE_COMPLETE", "ROLLBACK_IN_PROGRESS", "ROLLBACK_FAILED",
        "ROLLBACK_COMPLETE", "DELETE_IN_PROGRESS", "DELETE_FAILED", "DELETE_COMPLETE", "UPDATE_IN_PROGRESS",
        "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS", "UPDATE_COMPLETE", "UPDATE_FAILED", "UPDATE_ROLLBACK_IN_PROGRESS",
        "UPDATE_ROLLBACK_FAILED", "UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS", "UPDATE_ROLLBACK_COMPLETE",
        "REVIEW_IN_PROGRESS", "IMPORT_IN_PROGRESS", "IMPORT_COMPLETE", "IMPORT_ROLLBACK_IN_PROGRESS",
        "IMPORT_ROLLBACK_FAILED", "IMPORT_ROLLBACK_COMPLETE",
    ]

    private static let settledStatuses: Set<String> = ["CREATE_COMPLETE", "UPDATE_COMPLETE", "IMPORT_COMPLETE"]
    private static let progressing: Set<String> = [
        "CREATE_IN_PROGRESS", "UPDATE_IN_PROGRESS", "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS", "REVIEW_IN_PROGRESS",
        "IMPORT_IN_PROGRESS",
    ]

    public static func classify(_ status: String?) -> StackStatusVerdict {
        guard let status, documented.contains(status) else { return .unknown }
        if settledStatuses.contains(status) { return .settled }
        if progressing.contains(status) { return .inProgress }
        switch status {
        case "DELETE_IN_PROGRESS": return .finding("the stack is being deleted")
        case "DELETE_COMPLETE": return .finding("the stack was deleted")
        case "DELETE_FAILED": return .finding("the stack failed to delete")
        default: break
        }
        if status.containsText("ROLLBACK") {
            return .finding(status.hasSuffix("_FAILED") ? "the stack failed to roll back" : "the stack rolled back")
        }
        return .finding("the stack's last operation failed")
    }

    /// The exit code this verdict gives on its own (DESIGN.md: 0 good, 1 findings, 2 undecided, 3 inconclusive).
    public var exitCode: Int32 {
        switch self {
        case .settled: 0
        case .finding: 1
        case .unknown: 2
        case .inProgress: 3
        }
    }

    /// One word for reports: `SETTLED`, `IN_PROGRESS`, `FAILED`, `UNKNOWN`.
    public var name: String {
        switch self {
        case .settled: "SETTLED"
        case .inProgress: "IN_PROGRESS"
        case .finding: "FAILED"
        case .unknown: "UNKNOWN"
        }
    }

    /// The line a command prints about a status: `stack S is ROLLBACK_COMPLETE: the stack rolled back`.
    public static func describe(stack: String, status: String?) -> String {
        let shown = status.map { $0.isEmpty ? "(empty)" : $0 } ?? "(none)"
        switch classify(status) {
        case .settled: return "stack \(stack) is \(shown)"
        case .inProgress: return "stack \(stack) is \(shown): an operation is in progress, so it cannot be checked yet"
        case .finding(let why): return "stack \(stack) is \(shown): \(why)"
        case .unknown:
            return "stack \(stack) has status \(shown), which is not a status CloudFormation documents"
        }
    }
}
