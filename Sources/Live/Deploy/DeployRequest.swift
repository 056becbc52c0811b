import AWS

/// What `stackcheck deploy` was asked to do.
public struct DeployRequest: Sendable {
    public var stackName: String
    public var templateBody: String
    /// The template's file, for errors and the review (`template.json:12:5`).
    public var templateName = "template"
    public var parameters: [CloudFormation.Parameter]
    /// `CAPABILITY_IAM`, `CAPABILITY_NAMED_IAM`, `CAPABILITY_AUTO_EXPAND`, as in aws-cli.
    public var capabilities: [String]
    /// False stops after showing the change set (`--no-execute`).
    public var execute: Bool
    /// False returns once the change set is executing (`--no-wait`).
    public var wait: Bool
    /// How long to wait for the stack to settle; nil waits as long as it takes.
    public var timeout: Duration?
    /// Where a template over 51,200 bytes is uploaded (`--s3-bucket`, `--s3-prefix`).
    public var s3Bucket: String?
    public var s3Prefix: String?
    /// Stack tags (`--tags K=V`), which CloudFormation also puts on every resource that takes tags.
    public var tags: [(key: String, value: String)] = []
    /// The service role CloudFormation acts as (`--role-arn`).
    public var roleArn: String?
    /// Leave failed resources in place instead of rolling back (`--disable-rollback`).
    public var disableRollback = false
    /// Turn termination protection on (`--termination-protection`) once the stack exists.
    public var terminationProtection = false
    /// How the change is shown before it runs.
    public var reviewFormat: ReviewFormat = .text

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

public enum ReviewFormat: String, Sendable, CaseIterable {
    case text, markdown
}

/// The most CloudFormation takes as `TemplateBody`; larger templates go through S3 (`TemplateURL`).
public let templateBodyLimit = 51_200

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
