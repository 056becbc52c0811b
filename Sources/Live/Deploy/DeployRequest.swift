import AWS

/// What `stackcheck deploy` was asked to do.
public struct DeployRequest: Sendable {
    public var stackName: String
    public var templateBody: String
    public var parameters: [CloudFormation.Parameter]
    /// `CAPABILITY_IAM`, `CAPABILITY_NAMED_IAM`, `CAPABILITY_AUTO_EXPAND`, as in aws-cli.
    public var capabilities: [String]
    /// False stops after showing the change set (`--no-execute`).
    public var execute: Bool
    /// False returns once the change set is executing (`--no-wait`).
    public var wait: Bool
    /// How long to wait for the stack to settle; nil waits as long as it takes.
    public var timeout: Duration?

    public init(
        stackName: String, templateBody: String, parameters: [CloudFormation.Parameter] = [],
        capabilities: [String] = [], execute: Bool = true, wait: Bool = true, timeout: Duration? = .seconds(3600)
    ) {
        self.stackName = stackName
        self.templateBody = templateBody
        self.parameters = parameters
        self.capabilities = capabilities
        self.execute = execute
        self.wait = wait
        self.timeout = timeout
    }
}

/// How a deploy ended. `exitCode` follows DESIGN.md: 0 done, 1 the stack failed, 3 out of time.
public enum DeployOutcome: Sendable, Equatable {
    /// The template and parameters match the stack; the empty change set was deleted.
    case noChanges
    /// `--no-execute`: the change set is ready to execute.
    case changeSetReady(name: String)
    /// `--no-wait`: the change set is executing.
    case executing(name: String)
    case succeeded(status: String)
    /// The stack ended in a rollback or failed state; `failures` are the resources' own failure events.
    case failed(status: String, reason: String?, failures: [CloudFormation.StackEvent])
    /// CloudFormation could not make the change set (its status reason says why).
    case changeSetFailed(reason: String)
    /// The stack was still in progress at the deadline; CloudFormation carries on without us.
    case timedOut(status: String)

    public var exitCode: Int32 {
        switch self {
        case .noChanges, .changeSetReady, .executing, .succeeded: 0
        case .failed, .changeSetFailed: 1
        case .timedOut: 3
        }
    }
}
