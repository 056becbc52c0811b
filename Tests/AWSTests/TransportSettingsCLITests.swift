import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// What the environment sets for every call, through the CLI against loopback servers: the number of
/// attempts, the User-Agent, the CA bundle.
@Suite("Transport settings from the environment")
struct TransportSettingsCLITests {
    var environment: [String: String?] {
        [
            "AWS_ACCESS_KEY_ID": "AKIDTRANSPORT", "AWS_SECRET_ACCESS_KEY": "transport-secret",
            "AWS_REGION": "us-east-1", "AWS_PROFILE": nil, "AWS_ENDPOINT_URL": nil, "AWS_SESSION_TOKEN": nil,
            "AWS_CA_BUNDLE": nil, "AWS_MAX_ATTEMPTS": nil, "AWS_RETRY_MODE": nil, "HTTP_PROXY": nil,
            "HTTPS_PROXY": nil, "http_proxy": nil, "https_proxy": nil, "AWS_CONFIG_FILE": "/nonexistent/config",
            "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/credentials",
        ]
    }

    @Test(arguments: [1, 2, 4])
    func attemptsFollowAWSMaxAttempts(_ attempts: Int) async throws {
        let server = try FaultServer([], after: .status(503), success: FaultServer.callerIdentityXML)
        var env = environment
        env["AWS_MAX_ATTEMPTS"] = "\(attempts)"
        let result = try await CLI.run(["whoami", "--endpoint-url", server.endpoint.absoluteString], environment: env)
        #expect(result.status == 3, "\(result.stderr)")
        #expect(server.requestCount == attempts)
    }

    @Test func adaptiveModeAndABadModeOrCount() async throws {
        let server = try FaultServer([.throttleXML], success: FaultServer.callerIdentityXML)
        var env = environment
        env["AWS_RETRY_MODE"] = "adaptive"
        let result = try await CLI.run(["whoami", "--endpoint-url", server.endpoint.absoluteString], environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(server.requestCount == 2)
        env["AWS_RETRY_MODE"] = "eager"
        let bad = try await CLI.run(["whoami", "--endpoint-url", server.endpoint.absoluteString], environment: env)
        #expect(bad.status == 2)
        #expect(bad.stderr == "AWS_RETRY_MODE: error: retry mode `eager` is not known, and use standard or adaptive\n")
        env["AWS_RETRY_MODE"] = nil
        env["AWS_MAX_ATTEMPTS"] = "0"
        let zero = try await CLI.run(["whoami", "--endpoint-url", server.endpoint.absoluteString], environment: env)
        #expect(zero.status == 2)
        #expect(zero.stderr.hasPrefix("AWS_MAX_ATTEMPTS: error: `0` is not a whole number of attempts"))
    }

    @Test func userAgentBeginsWithStackcheck() async throws {
        let server = try FaultServer([], success: FaultServer.callerIdentityXML)
        let result = try await CLI.run(
            ["whoami", "--endpoint-url", server.endpoint.absoluteString], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        let agent = try #require(server.server.requests.first?.header("User-Agent"))
        #expect(agent.hasPrefix("stackcheck/\(StackCheckVersion.current) "))
    }

    @Test func selfSignedHTTPSWorksOnlyWithTheCABundle() async throws {
        let server = try await TLSServer(body: FaultServer.callerIdentityXML)
        let arguments = ["whoami", "--endpoint-url", server.endpoint.absoluteString]
        var env = environment
        let untrusted = try await CLI.run(arguments, environment: env)
        #expect(untrusted.status == 2)
        #expect(untrusted.stderr.contains("certificate"), "\(untrusted.stderr)")
        #expect(untrusted.stderr.contains("AWS_CA_BUNDLE"), "\(untrusted.stderr)")

        env["AWS_CA_BUNDLE"] = server.certificate
        let trusted = try await CLI.run(arguments, environment: env)
        #expect(trusted.status == 0, "\(trusted.stderr)")
        #expect(trusted.stdout.contains("arn:aws:iam::123456789012:user/fault"))

        env["AWS_CA_BUNDLE"] = server.certificate + ".missing"
        let missing = try await CLI.run(arguments, environment: env)
        #expect(missing.status == 2)
        #expect(
            missing.stderr.contains("AWS_CA_BUNDLE: error: cannot read the CA bundle \(server.certificate).missing"))
    }
}
