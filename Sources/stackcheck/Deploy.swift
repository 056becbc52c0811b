import AWS
import ArgumentParser
import Findings
import FoundationEssentials
import Live
import Template
import TextBasics

/// `stackcheck deploy --stack S --template F --parameter K=V...`: a change set, shown, executed, and
/// waited on with the stack's events streamed. Exit 0 done (or nothing to do), 1 the stack failed,
/// 2 could not deploy (bad input, missing capability), 3 still in progress at the deadline.
struct Deploy: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deploy", _superCommandName: StackCheck.name,
        abstract: "Deploy a template through a change set, streaming the stack's events until it settles.")

    @Option(help: "The stack name.")
    var stack: String

    @Option(help: "The template file (JSON or YAML).")
    var template: String

    @Option(name: .customLong("parameter"), help: "A stack parameter as KEY=VALUE; a list as KEY=a,b,c. Repeatable.")
    var parameters: [String] = []

    @Option(help: "Parameters in the aws-cli format ([{\"ParameterKey\": ..., \"ParameterValue\": ...}]).")
    var parametersFile: String?

    @Option(parsing: .upToNextOption, help: "CAPABILITY_IAM, CAPABILITY_NAMED_IAM, CAPABILITY_AUTO_EXPAND.")
    var capabilities: [String] = []

    @Flag(name: .customLong("no-execute"), help: "Create and show the change set, but do not execute it.")
    var noExecute = false

    @Flag(inversion: .prefixedNo, help: "Wait for the stack to settle, streaming its events (default).")
    var wait = true

    @Option(help: "How long to wait for the stack, e.g. 30m or 1h.")
    var timeout = DurationArgument(.seconds(3600))

    @Option(help: "The bucket a template over 51,200 bytes is uploaded to; CloudFormation then reads it from S3.")
    var s3Bucket: String?

    @Option(help: "A key prefix (folder) for the uploaded template.")
    var s3Prefix: String?

    @Option(
        parsing: .upToNextOption, help: "Stack tags as KEY=VALUE; CloudFormation also tags every resource with them.")
    var tags: [String] = []

    @Option(help: "The IAM service role CloudFormation acts as for this stack.")
    var roleArn: String?

    @Flag(help: "On failure, leave the failed resources in place instead of rolling back.")
    var disableRollback = false

    @Flag(help: "Turn termination protection on once the stack is deployed.")
    var terminationProtection = false

    @Option(help: "How the change is shown before it runs: text or markdown (for a pull request comment).")
    var format: ReviewFormat = .text

    @OptionGroup var aws: AWSOptions

    func validate() throws {
        let known = ["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM", "CAPABILITY_AUTO_EXPAND"]
        for capability in capabilities where !known.contains(capability) {
            throw ValidationError("unknown capability '\(capability)'; use one of \(known.joined(separator: ", "))")
        }
    }

    func run() async throws {
        try await CLIFailure.run {
            let request = try makeRequest()
            let deployer = Deployer(cloudFormation: try aws.makeClient().cloudFormation) { Self.write($0) }
            let outcome: DeployOutcome
            do {
                // `--timeout` bounds the whole deploy, calls in flight included, as in every command.
                let end = timeout.duration > .zero ? ContinuousClock.now + timeout.duration : nil
                outcome = try await CommandDeadline.$end.withValue(end) { try await deployer.deploy(request) }
            } catch let error as DeployError {
                throw CLIFailure(error.diagnostic)
            }
            switch outcome {
            case .failed(let status, let reason, let failures):
                Self.write(ChangeSetText.failure(stackName: stack, status: status, reason: reason, failures: failures))
            case .changeSetFailed(let reason):
                Self.write("Deploy failed: CloudFormation could not create the change set: \(reason)")
            case .timedOut(let status):
                Self.write(
                    "Stopped waiting after \(DurationText.format(timeout.duration)): stack \(stack) is still "
                        + "\(status); CloudFormation carries on.")
            case .succeeded(let status):
                Self.write("Stack \(stack) is \(status).")
            case .noChanges, .changeSetReady, .executing:
                break
            }
            if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
        }
    }

    /// Unbuffered, so each event reaches a CI log as it happens.
    static func write(_ line: String) {
        Console.out(line + "\n")
    }

    private func makeRequest() throws -> DeployRequest {
        let body: String
        do {
            // Reading it first turns a syntax error into file:line:column before anything reaches AWS.
            _ = try TemplateReader.read(path: template)
            body = try String(contentsOfFile: template, encoding: .utf8)
        } catch let error as TemplateError {
            throw CLIFailure(error.diagnostic)
        } catch {
            throw CLIFailure(
                Diagnostic(mark: .file(template), message: "cannot read the template: \(FileErrorText.describe(error))"))
        }
        do {
            let fromFile = try parametersFile.map { path throws(DeployError) in try DeployParameters.read(file: path) }
            let fromFlags = try DeployParameters.parse(assignments: parameters)
            var request = DeployRequest(
                stackName: stack, templateBody: body,
                parameters: DeployParameters.merge(file: fromFile ?? [], flags: fromFlags), capabilities: capabilities,
                execute: !noExecute, wait: wait, timeout: timeout.duration)
            request.templateName = template
            request.s3Bucket = s3Bucket
            request.s3Prefix = s3Prefix
            request.tags = try DeployParameters.parse(assignments: tags, flag: "--tags").map { ($0.key, $0.value) }
            request.roleArn = roleArn
            request.disableRollback = disableRollback
            request.terminationProtection = terminationProtection
            request.reviewFormat = format
            return request
        } catch {
            throw CLIFailure(error.diagnostic)
        }
    }
}

extension ReviewFormat: ExpressibleByArgument {}
