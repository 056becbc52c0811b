import AWS
import ArgumentParser
import FoundationEssentials
import Live
import Report

/// `stackcheck describe --stack S`: status, parameters, outputs and resources of a live stack, with the
/// status's verdict (`StackStatusVerdict`, the rule smoke, drift and watch share) as the exit code.
struct Describe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe", _superCommandName: StackCheck.name,
        abstract: "Show a live stack: status, parameters, outputs, resources.",
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
        let snapshot: StackSnapshot
        do {
            snapshot = try await StackLoader(client: client).load(stackName: stack, withTemplate: false)
        } catch let error as StackReadError {
            let failure = StackFailure(stack: stack, region: client.region, diagnostic: error.diagnostic)
            Console.diagnostic(failure.diagnostic)
            if output.format == .json {
                Console.out(ReportEnvelope.json(command: "describe", stacks: [failure.json]).pretty)
            }
            throw ExitCode.undecided
        }
        var report = StackReport(snapshot)
        report.scalingActivities = await ScalingActivityRow.load(client: client, resources: snapshot.resources)
        switch output.format {
        case .json: Console.out(ReportEnvelope.json(command: "describe", stacks: [report.json]).pretty)
        default: Console.out(report.text)
        }
        if report.verdict != .settled {
            Console.error(StackStatusVerdict.describe(stack: snapshot.name, status: snapshot.status))
        }
        if report.verdict.exitCode != 0 { throw ExitCode(report.verdict.exitCode) }
    }
}
