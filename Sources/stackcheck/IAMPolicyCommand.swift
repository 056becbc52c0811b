import AWS
import ArgumentParser
import FoundationEssentials
import Live
import Report
import Template

/// `stackcheck iam-policy`: the least-privilege policy for the commands named, built from the operations
/// those commands' engines declare and are held to at run time (`OperationScope`).
struct IAMPolicyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "iam-policy", _superCommandName: StackCheck.name,
        abstract: "Print the IAM policy that stackcheck's AWS commands need, scoped to the stack.",
        discussion: """
            The actions are exactly the operations each command is allowed to call; resources are the \
            stack, its cluster and services, and its roles where IAM can scope them, and `*` only where \
            the action has no resource type (each such statement's Sid says so).
            """)

    enum Command: String, ExpressibleByArgument, CaseIterable, Sendable {
        case describe, drift, smoke, watch, deploy
    }

    @Option(help: "A command the policy is for; repeat for several (default: describe, drift, smoke, watch).")
    var command: [Command] = []

    @Option(help: "The template drift holds the stack to; its resource types and names shape the policy.")
    var template: String = "Golden/template.json"

    @Flag(help: "Also allow CloudFormation's own drift detection (drift --cloudformation-drift).")
    var cloudformationDrift = false

    @Option(help: "The stack name, or a pattern such as ecs-batch-*.")
    var stack: String = "*"

    @Option(help: "The stack's region (default: any).")
    var region: String = "*"

    @Option(help: "The account id (default: any).")
    var account: String = "*"

    @Option(help: "The partition: aws, aws-cn or aws-us-gov.")
    var partition: String = "aws"

    @Option(help: "A fleet's stacks file: also allow sts:AssumeRole on each roleArn it names.")
    var stacksFile: String?

    @OptionGroup var output: TextOrJSONOptions

    var commands: [Command] { command.isEmpty ? [.describe, .drift, .smoke, .watch] : command }

    func run() async throws {
        let template: Node
        do {
            (template, _) = try DriftJob.load(templatePath: self.template, acceptPath: nil)
        } catch {
            throw CLIFailure.from(error).report()
        }
        var operations: [AWSOperation] = []
        var notes: [String] = []
        for command in Set(commands) {
            switch command {
            case .describe: operations += Describe.operations
            case .smoke: operations += SmokeProbe.operations
            case .drift, .watch:
                operations += DriftEngine.operations(
                    DriftEngine.Options(template: template, cloudFormationDrift: cloudformationDrift))
            case .deploy:
                operations += Deployer.operations
                notes.append(
                    "deploy: CloudFormation creates the stack's resources with the caller's permissions; grant "
                        + "those separately (or deploy with a service role), they are the template's, not stackcheck's")
            }
        }
        let builder = IAMPolicyBuilder(
            partition: partition, region: region, account: account, stack: stack, template: template)
        var policy = builder.policy(for: operations, notes: notes)
        do {
            let fleet = try stacksFile.map { try FleetFile.read(path: $0) } ?? []
            if let statement = FleetRolePolicy.statement(for: fleet) { policy.statements.append(statement) }
        } catch {
            throw CLIFailure.from(error).report()
        }
        switch output.format {
        case .json: print(IAMPolicyRenderer.json(policy))
        default: print(IAMPolicyRenderer.text(policy), terminator: "")
        }
    }
}
