import AWS
import ArgumentParser
import Foundation

/// `stackcheck whoami`: the caller identity from STS GetCallerIdentity.
struct Whoami: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whoami", abstract: "Show the AWS account, ARN and user id the credentials belong to.")

    @OptionGroup var aws: AWSOptions
    @OptionGroup var output: TextOrJSONOptions

    struct Report: Encodable {
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
            case .json: Console.out(try JSONOutput.encode(report) + "\n")
            default:
                Console.out("account  \(report.account)\narn      \(report.arn)\nuser id  \(report.userId)\n")
            }
        }
    }
}

/// Pretty, key-sorted JSON as every command prints it.
enum JSONOutput {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
