import AWS
import ArgumentParser
import Foundation

/// The global AWS options of every live command (`--region`, `--profile`, `--endpoint-url`), resolved as
/// the AWS CLI resolves them together with the standard environment variables and shared files.
///
///     @OptionGroup var aws: AWSOptions
///     let client = try aws.makeClient()   // prints a one-line error and exits 2 on bad configuration
struct AWSOptions: ParsableArguments {
    @Option(help: "The AWS region (else AWS_REGION, AWS_DEFAULT_REGION, or the profile's region).")
    var region: String?

    @Option(help: "A named profile of the shared config and credentials files (else AWS_PROFILE).")
    var profile: String?

    @Option(
        name: .customLong("endpoint-url"),
        help: "Send every AWS request to this URL, e.g. a local emulator (else AWS_ENDPOINT_URL[_<SERVICE>]).")
    var endpointURL: String?

    @Option(
        name: .customLong("mfa-token"),
        help: "The MFA code for a role with mfa_serial (else a prompt on a terminal; an error when not interactive).")
    var mfaToken: String?

    /// The resolved configuration; exits 2 with the configuration error's one line.
    func configuration(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> AWSConfiguration {
        do {
            return try AWSConfiguration(
                region: region, profile: profile, endpointURL: endpointURL, environment: environment)
        } catch {
            throw CLIFailure.undecided("\(error)")
        }
    }

    /// A client for every service, with the standard retry mode (and `deadline` per call).
    func makeClient(deadline: Duration? = .seconds(120)) throws -> AWSClient {
        try makeClient(retry: RetryPolicy(deadline: deadline))
    }

    /// A client with a retry policy of the caller's (deadline, a shared budget), with the attempts and
    /// retry mode of the configuration (`AWS_MAX_ATTEMPTS`, `AWS_RETRY_MODE`), the CA bundle and User-Agent.
    func makeClient(retry: RetryPolicy) throws -> AWSClient {
        let configuration = try configuration()
        do {
            let transport = CurlTransport(options: CurlOptions(caBundle: try configuration.caBundle().value))
            return try AWSClient(
                configuration: configuration, transport: transport, retry: try configuration.retryPolicy(retry),
                mfaCode: MFAPrompt.codes(token: mfaToken))
        } catch {
            throw CLIFailure.undecided("\(error)")
        }
    }
}

/// A run that ends with one line on stderr and a DESIGN.md exit code.
struct CLIFailure: Error, CustomStringConvertible {
    var message: String
    var exitCode: ExitCode

    var description: String { message }

    /// Exit 2: bad input, missing stack, auth, configuration.
    static func undecided(_ message: String) -> CLIFailure {
        CLIFailure(message: message.contains("error:") ? message : "error: \(message)", exitCode: .undecided)
    }

    /// The exit code and line for an AWS failure: 3 when throttled or out of time, else 2.
    static func aws(_ error: AWSError) -> CLIFailure {
        CLIFailure(message: "error: \(error)", exitCode: error.isInconclusive ? .inconclusive : .undecided)
    }

    /// Prints the message to stderr and returns the exit code to throw.
    func report() -> ExitCode {
        Console.error(message)
        return exitCode
    }
}

extension CLIFailure {
    /// Runs a command body, turning our failures (and AWS errors) into a line on stderr and an exit code.
    static func run(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let failure as CLIFailure {
            throw failure.report()
        } catch let error as AWSError {
            throw CLIFailure.aws(error).report()
        }
    }
}
