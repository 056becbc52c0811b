
import AWS
import Findings
import Report

/// Why a stack could not be read at all (exit 2), said the same way by every command that reads one.
public enum StackReadError: Error, CustomStringConvertible, Sendable, DiagnosticConvertible {
    /// DescribeStacks does not know the stack in this region.
    case missing(stack: String, region: String, error: AWSError)
    /// A status stackcheck has no rule for: it cannot say whether the stack is healthy.
    case unknownStatus(stack: String, status: String)
    /// GetTemplate answered a body that does not parse.
    case unreadableTemplate(stack: String, error: any Error)

    public var diagnostic: Diagnostic {
        switch self {
        case .missing(let stack, let region, let error):
            // The operation, code and request id are what a support ticket or CloudTrail search needs.
            Diagnostic(
                mark: .operation(
                    action: error.action, code: error.code.rawValue, status: error.status, requestId: error.requestId,
                    explained: true),
                message: "stack \(stack) does not exist in \(region)",
                hint: "check the stack name and the region (`stackcheck whoami` shows the region in use)")
        case .unknownStatus(let stack, let status):
            // No request id to give: the answer was read, it is its status that has no rule.
            Diagnostic(
                message: StackStatusVerdict.describe(stack: stack, status: status)
                    + " (cloudformation:DescribeStacks); stackcheck cannot say what it means")
        case .unreadableTemplate(let stack, let error):
            Diagnostic(message: "the deployed template of \(stack) cannot be read: \(error)")
        }
    }

    /// The first line, as the command prints it.
    public var description: String { DiagnosticText.line(diagnostic) }
}
