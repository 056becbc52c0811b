import AWS
import ArgumentParser
import Findings
import FoundationEssentials
import Live
import Report

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
            throw CLIFailure.from(error)
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
            throw CLIFailure.from(error)
        }
    }
}

/// A run that ends with a diagnostic on stderr and its exit class: every error a command prints goes
/// through here (or `Console.diagnostic`), so it is rendered one way, by `DiagnosticText`.
struct CLIFailure: Error, CustomStringConvertible {
    var diagnostic: Diagnostic

    init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }

    /// The first line, as a report's ERROR entry carries it.
    var message: String { DiagnosticText.line(diagnostic) }
    var exitCode: ExitCode { ExitCode(diagnostic.exitClass) }
    var description: String { message }

    /// An error that knows its diagnostic (template, spec, fleet file, AWS, configuration), else its
    /// text, exit 2: `Diagnostic(error:)`, the one conversion.
    static func from(_ error: any Error) -> CLIFailure { CLIFailure(Diagnostic(error: error)) }

    /// The exit code and diagnostic for an AWS failure: 3 when throttled or out of time, else 2.
    static func aws(_ error: AWSError) -> CLIFailure { CLIFailure(error.diagnostic) }

    /// Prints the diagnostic to stderr and returns the exit code to throw.
    func report() -> ExitCode {
        Console.diagnostic(diagnostic)
        return exitCode
    }
}

extension CLIFailure {
    /// Runs a command body, turning our failures (and AWS errors) into a diagnostic and an exit code.
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
