import AWS
import ArgumentParser
import Findings

/// `stackcheck whoami`: the caller identity from STS GetCallerIdentity.
struct Whoami: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whoami", _superCommandName: StackCheck.name,
        abstract: "Show the AWS account, ARN and user id the credentials belong to.")

    @OptionGroup var aws: AWSOptions
    @OptionGroup var output: TextOrJSONOptions

    struct Report {
        var schemaVersion = 1
        var account: String
        var arn: String
        var userId: String
    }

    func run() async throws {
        try await CLIFailure.run {
            let identity = try await aws.makeClient().sts.getCallerIdentity()
            let report = Report(account: identity.account, arn: identity.arn, userId: identity.userId)
            switch output.format {
            case .json:
                Console.out(
                    JSONValue.object([
                        ("account", .string(report.account)), ("arn", .string(report.arn)),
                        ("schemaVersion", .number(report.schemaVersion)), ("userId", .string(report.userId)),
                    ]).pretty)
            default:
                Console.out("account  \(report.account)\narn      \(report.arn)\nuser id  \(report.userId)\n")
            }
        }
    }
}
