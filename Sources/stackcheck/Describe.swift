import AWS
import ArgumentParser
import Foundation
import Live
import Report

/// `stackcheck describe --stack S`: status, parameters, outputs and resources of a live stack, with the
/// status's verdict (`StackStatusVerdict`, the rule smoke, drift and watch share) as the exit code.
struct Describe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe", abstract: "Show a live stack: status, parameters, outputs, resources.",
        discussion: """
            Exit 0 for a settled stack, 1 for one that failed, rolled back or is being deleted, 2 when the \
            stack does not exist or its status is unknown, 3 while an operation is in progress.
            """)

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
            let failure = StackFailure(
                stack: stack, region: client.region,
                message: "error: stack '\(stack)' does not exist (\(error.action) "
                    + "\(error.code)" + (error.requestId.map { ", request id \($0))" } ?? ")"))
            Console.error(failure.message)
            if output.format == .json {
                Console.out(ReportEnvelope.json(command: "describe", stacks: [failure.json]).pretty)
            }
            throw ExitCode.undecided
        }
        let listed = try await resources
        var report = StackReport(found, resources: listed, region: client.region)
        report.scalingActivities = await ScalingActivityRow.load(client: client, resources: listed)
        switch output.format {
        case .json: Console.out(ReportEnvelope.json(command: "describe", stacks: [report.json]).pretty)
        default: Console.out(report.text)
        }
        if report.verdict != .settled {
            Console.error(StackStatusVerdict.describe(stack: found.stackName, status: found.status))
        }
        if report.verdict.exitCode != 0 { throw ExitCode(report.verdict.exitCode) }
    }
}
