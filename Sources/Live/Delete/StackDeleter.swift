import AWS
import FoundationEssentials

/// How a delete ended. `exitCode` follows DESIGN.md: 0 gone (or never there), 1 failed, 3 out of time.
public enum DeleteOutcome: Sendable, Equatable {
    case deleted
    /// No such stack: clean-up that finds nothing to clean is done, not an error.
    case notFound
    /// The stack ended `DELETE_FAILED`; `failures` are the resources' own `DELETE_FAILED` events.
    case failed(status: String, reason: String?, failures: [CloudFormation.StackEvent])
    /// Still deleting at the deadline; CloudFormation carries on without us.
    case timedOut(status: String)

    public var exitCode: Int32 {
        switch self {
        case .deleted, .notFound: 0
        case .failed: 1
        case .timedOut: 3
        }
    }
}

/// Deletes a stack and waits for `DELETE_COMPLETE`, streaming its events to `output` as they happen.
/// The stack is followed by its id once the delete starts: by name, a deleted stack no longer exists.
public struct StackDeleter: Sendable {
    let context: StackOperationContext

    public init(cloudFormation: CloudFormation, output: @escaping @Sendable (String) -> Void) {
        self.init(context: StackOperationContext(cloudFormation: cloudFormation, output: output))
    }

    init(context: StackOperationContext) { self.context = context }

    /// The stack as it was before the delete (its parameters feed the clean-up notes), and the outcome.
    public func delete(stackName: String, timeout: Duration?) async throws
        -> (stack: CloudFormation.Stack?, outcome: DeleteOutcome)
    {
        let stack: CloudFormation.Stack
        do {
            stack = try await context.cloudFormation.describeStack(stackName)
        } catch let error as AWSError where error.isStackMissing {
            return (nil, .notFound)
        }
        if stack.status == "DELETE_COMPLETE" { return (stack, .notFound) }
        var events = StackEventStream(cloudFormation: context.cloudFormation, stackName: stack.stackId)
        try await events.skipExisting()
        try await context.cloudFormation.deleteStack(stackName: stack.stackId)
        context.output("Deleting stack \(stack.stackName) (was \(stack.status))...")
        return (stack, try await wait(for: stack.stackId, events: &events, timeout: timeout))
    }

    private func wait(for stackId: String, events: inout StackEventStream, timeout: Duration?) async throws
        -> DeleteOutcome
    {
        var failures: [CloudFormation.StackEvent] = []
        return try await context.poll(timeout: timeout, timedOut: DeleteOutcome.timedOut(status:)) {
            let status: String
            let reason: String?
            do {
                let stack = try await context.cloudFormation.describeStack(stackId)
                (status, reason) = (stack.status, stack.statusReason)
            } catch let error as AWSError where error.isStackMissing {
                // CloudFormation keeps a deleted stack findable by id; an endpoint that forgets it at once
                // still means the stack is gone.
                (status, reason) = ("DELETE_COMPLETE", nil)
            }
            context.relay((try? await events.poll()) ?? [], failures: &failures)
            if status == "DELETE_COMPLETE" { return (status, .deleted) }
            guard status.hasSuffix("_IN_PROGRESS") else {
                return (status, .failed(status: status, reason: reason, failures: failures))
            }
            return (status, nil)
        }
    }
}
