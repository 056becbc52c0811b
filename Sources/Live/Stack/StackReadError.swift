import AWS

/// Why a stack could not be read at all (exit 2), said the same way by every command that reads one.
public enum StackReadError: Error, CustomStringConvertible, Sendable {
    /// DescribeStacks does not know the stack in this region.
    case missing(stack: String, region: String, error: AWSError)
    /// A status stackcheck has no rule for: it cannot say whether the stack is healthy.
    case unknownStatus(stack: String, status: String)
    /// GetTemplate answered a body that does not parse.
    case unreadableTemplate(stack: String, error: any Error)

    public var description: String {
        switch self {
        case .missing(let stack, let region, let error):
            // The operation, code and request id are what a support ticket or CloudTrail search needs.
            "error: stack \(stack) does not exist in \(region) (\(error.action) \(error.code)"
                + (error.requestId.map { ", request id \($0))" } ?? ")")
        case .unknownStatus(let stack, let status):
            "error: " + StackStatusVerdict.describe(stack: stack, status: status)
                + " (cloudformation:DescribeStacks); stackcheck cannot say what it means"
        case .unreadableTemplate(let stack, let error):
            "error: the deployed template of \(stack) cannot be read: \(error)"
        }
    }
}
