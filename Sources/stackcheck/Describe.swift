import AWS
import ArgumentParser
import Foundation

/// `stackcheck describe --stack S`: status, parameters, outputs and resources of a live stack.
struct Describe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe", abstract: "Show a live stack: status, parameters, outputs, resources.")

    @Option(help: "The stack name or id.")
    var stack: String

    @OptionGroup var aws: AWSOptions
    @OptionGroup var output: TextOrJSONOptions

    func run() async throws {
        try await CLIFailure.run {
            try await OperationScope.run("describe", Self.operations) { try await describe() }
        }
    }

    private func describe() async throws {
        let client = try aws.makeClient()
        let cloudFormation = client.cloudFormation
        // Both calls at once: the stack and its resources do not depend on each other.
        async let resources = cloudFormation.listStackResources(stackName: stack)
        let found: CloudFormation.Stack
        do {
            found = try await cloudFormation.describeStack(stack)
        } catch let error as AWSError where error.isStackMissing {
            _ = try? await resources
            throw CLIFailure.undecided(
                "error: stack '\(stack)' does not exist (\(error.action) \(error.code)"
                    + (error.requestId.map { ", request id \($0))" } ?? ")"))
        }
        let listed = try await resources
        var report = StackReport(found, resources: listed)
        report.scalingActivities = await ScalingActivityRow.load(client: client, resources: listed)
        switch output.format {
        case .json: print(try JSONOutput.encode(report))
        default: print(report.text, terminator: "")
        }
    }
}
