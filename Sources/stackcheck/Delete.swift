import AWS
import ArgumentParser
import FoundationEssentials
import Live

/// `stackcheck delete --stack S`: delete and wait, streaming the stack's events. Exit 0 deleted (or no
/// such stack: clean-up is idempotent), 1 `DELETE_FAILED` (each failing resource and its reason), 2 could
/// not ask, 3 still deleting at the deadline.
struct Delete: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", _superCommandName: StackCheck.name,
        abstract: "Delete a stack, streaming its events until DELETE_COMPLETE.",
        discussion: """
            A stack that does not exist is exit 0 with a note. After the delete, notes name what the stack's \
            parameters point at that the seed README says needs manual clean-up (ECR images, the S3 bucket, \
            the secret); stackcheck never deletes them.
            """)

    @Option(help: "The stack name or id.")
    var stack: String

    @Option(help: "How long to wait for the delete, e.g. 30m.")
    var timeout = DurationArgument(.seconds(1800))

    @OptionGroup var aws: AWSOptions

    func run() async throws {
        try await CLIFailure.run {
            let client = try aws.makeClient()
            let deleter = StackDeleter(cloudFormation: client.cloudFormation) { Deploy.write($0) }
            // `--timeout` bounds the whole delete, calls in flight included, as in every command.
            let end = timeout.duration > .zero ? ContinuousClock.now + timeout.duration : nil
            let (found, outcome) = try await CommandDeadline.$end.withValue(end) {
                try await deleter.delete(stackName: stack, timeout: timeout.duration)
            }
            var lines = DeleteText.lines(stack: stack, outcome: outcome, timeout: timeout.duration)
            if case .notFound = outcome {
                lines[0] = "note: stack \(stack) does not exist in \(client.region); nothing to delete."
            }
            for line in lines { Deploy.write(line) }
            if let found, outcome != .notFound {
                for note in CleanupNotes.notes(parameters: found.parameters, region: client.region) {
                    Deploy.write("note: \(note)")
                }
            }
            if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
        }
    }
}
