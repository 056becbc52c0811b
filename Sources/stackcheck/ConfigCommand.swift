import AWS
import ArgumentParser
import Findings
import FoundationEssentials
import Live

/// `stackcheck config`: where the region, credentials, endpoints, retries and CA bundle come from, like
/// `aws configure list`. It resolves from the flags, environment and shared files only: no call is made,
/// and no key, secret or token is ever printed.
struct ConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", _superCommandName: StackCheck.name,
        abstract: "Show where the region, credentials, endpoints and retry settings come from (no AWS calls).")

    @OptionGroup var aws: AWSOptions
    @OptionGroup var output: TextOrJSONOptions

    struct Value<T> {
        var value: T
        var source: String
    }

    struct CredentialsReport {
        var kind: String
        var profiles: [String]
        var summary: String
        var error: String?
        /// The credential chain's error, for the exit (its line is `error`).
        var failure: Diagnostic? = nil
    }

    struct EndpointReport {
        var url: String?
        var signingRegion: String?
        var source: String?
        var error: String?
    }

    struct RetryReport {
        var mode: Value<String>
        var maxAttempts: Value<Int>
    }

    struct Report {
        var schemaVersion = 1
        var profile: Value<String>
        var region: Value<String?>
        var credentials: CredentialsReport
        var endpoints: [String: EndpointReport]
        var fipsEndpoint: Value<Bool>
        var dualStackEndpoint: Value<Bool>
        var retry: RetryReport
        var caBundle: Value<String?>
        var userAgent: String
    }

    func run() async throws {
        try await CLIFailure.run {
            let configuration = try aws.configuration()
            let report: Report
            do {
                report = try Self.report(configuration)
            } catch {
                throw CLIFailure.from(error)
            }
            switch output.format {
            case .json: Console.out(report.json.pretty)
            default: Console.out(Self.text(report))
            }
            if let failure = report.credentials.failure { throw CLIFailure(failure) }
        }
    }

    static func report(_ configuration: AWSConfiguration) throws -> Report {
        var endpoints: [String: EndpointReport] = [:]
        for (name, service) in EndpointRules.reported {
            do {
                let endpoint = try configuration.endpoint(for: service)
                endpoints[name] = EndpointReport(
                    url: endpoint.url.absoluteString, signingRegion: endpoint.signingRegion,
                    source: endpoint.source.rawValue)
            } catch {
                endpoints[name] = EndpointReport(error: "\(error)")
            }
        }
        let credentials: CredentialsReport
        do {
            if let plan = try CredentialChain.plan(configuration: configuration) {
                credentials = CredentialsReport(kind: plan.kind, profiles: plan.profiles, summary: plan.summary)
            } else {
                credentials = CredentialsReport(kind: "none", profiles: [], summary: "no credentials are set up")
            }
        } catch {
            credentials = CredentialsReport(
                kind: "error", profiles: [], summary: "", error: "\(error)", failure: Diagnostic(error: error))
        }
        let mode = try configuration.retryMode()
        let attempts = try configuration.maxAttempts()
        let caBundle = try configuration.caBundle()
        return Report(
            profile: Value(value: configuration.profileName, source: configuration.profileSource),
            region: Value(value: configuration.region, source: configuration.regionSource),
            credentials: credentials, endpoints: endpoints,
            fipsEndpoint: Value(
                value: configuration.useFIPSEndpoint.value, source: configuration.useFIPSEndpoint.source),
            dualStackEndpoint: Value(
                value: configuration.useDualStackEndpoint.value, source: configuration.useDualStackEndpoint.source),
            retry: RetryReport(
                mode: Value(value: mode.value.rawValue, source: mode.source),
                maxAttempts: Value(value: attempts.value, source: attempts.source)),
            caBundle: Value(value: caBundle.value, source: caBundle.source),
            userAgent: CurlOptions.defaultUserAgent)
    }

    static func text(_ report: Report) -> String {
        var lines: [(String, String, String)] = [
            ("profile", report.profile.value, report.profile.source),
            ("region", report.region.value ?? "<not set>", report.region.source),
            ("credentials", report.credentials.error ?? report.credentials.summary, report.credentials.kind),
            ("fips endpoints", "\(report.fipsEndpoint.value)", report.fipsEndpoint.source),
            ("dual-stack", "\(report.dualStackEndpoint.value)", report.dualStackEndpoint.source),
            ("retry mode", report.retry.mode.value, report.retry.mode.source),
            ("max attempts", "\(report.retry.maxAttempts.value)", report.retry.maxAttempts.source),
            ("ca bundle", report.caBundle.value ?? "<system>", report.caBundle.source),
        ]
        for (name, _) in EndpointRules.reported {
            guard let endpoint = report.endpoints[name] else { continue }
            lines.append(
                (
                    name, endpoint.error ?? "\(endpoint.url ?? "") (signs for \(endpoint.signingRegion ?? "?"))",
                    endpoint.source ?? "error"
                ))
        }
        let width = lines.map(\.0.count).max() ?? 0
        return lines.map { name, value, source in
            name.padded(to: width) + "  " + value + "  [" + source + "]\n"
        }.joined()
    }
}
