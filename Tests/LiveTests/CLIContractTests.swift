import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// One CI contract, through the real binary: usage errors exit 2, an invalid region exits 2 before any
/// call, an unreachable explicit endpoint exits 2, while resets, timeouts, throttling and 5xx exit 3;
/// `--timeout` bounds calls in flight; every `--format` a command's help lists, it accepts.
@Suite struct CLIContractTests {
    static let keys: [String: String?] = [
        "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_SESSION_TOKEN": nil,
        "AWS_REGION": "us-east-2", "AWS_PROFILE": nil, "AWS_ENDPOINT_URL": nil,
        "AWS_CONFIG_FILE": "/nonexistent/config", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/credentials",
    ]

    static let describeStacksXML = """
        <DescribeStacksResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><DescribeStacksResult>\
        <Stacks><member><StackName>s</StackName><StackId>arn:aws:cloudformation:us-east-2:123456789012:stack/s/1</StackId>\
        <StackStatus>CREATE_COMPLETE</StackStatus><Outputs><member><OutputKey>LoadBalancerDNS</OutputKey>\
        <OutputValue>lb.example.invalid</OutputValue></member></Outputs></member></Stacks></DescribeStacksResult>\
        <ResponseMetadata><RequestId>ok</RequestId></ResponseMetadata></DescribeStacksResponse>
        """

    @Test(arguments: [
        ["drift", "--stack", "s", "--bogus"], ["smoke"], ["smoke", "--stack", "s", "--timeout", "soon"],
        ["drift", "--stack", "s", "--format", "pdf"], ["describe", "--stack", "s", "--format", "junit"],
        ["whoami", "--format", "markdown"], ["watch", "--stack", "s"], ["diff", "only-one.json"],
        ["roundtrip", "--format", "yaml", "x.json"], ["no-such-command"],
    ])
    func usageErrorsExitTwo(_ arguments: [String]) async throws {
        let result = try await CLI.run(arguments, environment: Self.keys)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(result.stderr.hasPrefix("Error: "), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func helpAndVersionExitZero() async throws {
        for arguments in [["--help"], ["drift", "--help"], ["--version"], ["help", "smoke"]] {
            let result = try await CLI.run(arguments, environment: Self.keys)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(!result.stdout.isEmpty)
        }
    }

    @Test(arguments: ["us east 1", "US-EAST-1", "useast1", "us-east-", "us-east-1a", "us-east-1\n"])
    func anInvalidRegionExitsTwoBeforeAnyCall(_ region: String) async throws {
        let server = try FaultServer([], success: FaultServer.callerIdentityXML)
        defer { server.stop() }
        let result = try await CLI.run(
            ["whoami", "--region", region, "--endpoint-url", server.endpoint.absoluteString], environment: Self.keys)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("is not an AWS region name"), "\(result.stderr)")
        #expect(server.requestCount == 0)
    }

    @Test func anInvalidRegionFromTheEnvironmentNamesItsSource() async throws {
        var env = Self.keys
        env["AWS_REGION"] = "eu west 2"
        let result = try await CLI.run(
            ["describe", "--stack", "s", "--endpoint-url", "http://127.0.0.1:9"], environment: env)
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "AWS_REGION: error: 'eu west 2' is not an AWS region name, and give one like us-east-1 or eu-west-2\n"
        )
    }

    @Test func anUnreachableExplicitEndpointIsConfiguration() async throws {
        let closed = try ClosedPort()
        let refused = closed.endpoint.absoluteString
        for endpoint in [refused, "http://no-such-host.invalid:4566"] {
            let result = try await CLI.run(["whoami", "--endpoint-url", endpoint], environment: Self.keys)
            #expect(result.status == 2, "\(endpoint): \(result.stderr)")
            #expect(result.stderr.contains("(the endpoint set by --endpoint-url)"), "\(result.stderr)")
            #expect(result.stderr.hasPrefix("error: sts:GetCallerIdentity failed: "))
        }
        withExtendedLifetime(closed) {}
    }

    @Test(arguments: [Fault.drop, .status(503), .throttleXML, .xmlError(code: "InternalFailure", status: 500)])
    func transientFailuresAreInconclusive(_ fault: Fault) async throws {
        let server = try FaultServer([], after: fault, success: FaultServer.callerIdentityXML)
        defer { server.stop() }
        let result = try await CLI.run(
            ["whoami", "--endpoint-url", server.endpoint.absoluteString], environment: Self.keys)
        #expect(result.status == 3, "\(fault): \(result.stderr)")
        #expect(result.stderr.hasPrefix("error: sts:GetCallerIdentity failed: "), "\(result.stderr)")
    }

    @Test func smokeNeverPassesAnAnswerThatCameAfterTheDeadline() async throws {
        // Every answer comes 4 s late; with --timeout 2s the calls in flight are cut at the deadline.
        let server = try FaultServer([], after: .slow(.seconds(4)), success: Self.describeStacksXML)
        defer { server.stop() }
        for format in ["text", "json"] {
            let result = try await CLI.run(
                [
                    "smoke", "--stack", "s", "--timeout", "2s", "--endpoint-url", server.endpoint.absoluteString,
                    "--format", format,
                ], environment: Self.keys)
            #expect(result.status == 3, "\(result.stdout)\(result.stderr)")
            #expect(!result.stdout.contains("PASS"))
            #expect(result.stdout.contains("deadline"), "\(result.stdout)")
        }
    }

    @Test func driftStopsAtItsDeadlineWithCallsInFlight() async throws {
        let server = try FaultServer([], after: .slow(.seconds(20)), success: Self.describeStacksXML)
        defer { server.stop() }
        let template = try TinyStack.templateFile()
        let result = try await CLI.run(
            [
                "drift", "--stack", "s", "--template", template, "--timeout", "2s", "--endpoint-url",
                server.endpoint.absoluteString, "--format", "json",
            ], environment: Self.keys)
        #expect(result.status == 3, "\(result.stdout)\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let entry = (object?["stacks"] as? [[String: Any]])?.first
        #expect(entry?["status"] as? String == "INCONCLUSIVE")
        #expect(((entry?["inconclusive"] as? [String]) ?? []).contains { $0.contains("deadline") }, "\(result.stdout)")
    }

    /// deploy and delete: their `--timeout` cuts a stalled call too, and what ran out of time is exit 3.
    @Test(arguments: [["deploy", "--template", "TINY"], ["delete"]])
    func deployAndDeleteStopAtTheirDeadlineWithACallInFlight(_ command: [String]) async throws {
        let server = try FaultServer([], after: .slow(.seconds(20)), success: Self.describeStacksXML)
        defer { server.stop() }
        let template = try TinyStack.templateFile()
        let arguments = [command[0], "--stack", "s"] + command.dropFirst().map { $0 == "TINY" ? template : $0 }
        let result = try await CLI.run(
            arguments + ["--timeout", "2s", "--endpoint-url", server.endpoint.absoluteString], environment: Self.keys)
        #expect(result.status == 3, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.lowercased().contains("time"), "\(result.stderr)")
    }

    /// `(values: a, b, c; default: a)` after `--format` in a command's help.
    static func listedFormats(_ help: String) -> [String] {
        let flat = help.replacingOccurrences(of: "\n", with: " ").split(separator: " ").joined(separator: " ")
        guard let option = flat.range(of: "--format <format>"),
            let values = flat.range(of: "(values: ", range: option.upperBound..<flat.endIndex)
        else { return [] }
        let list = flat[values.upperBound...].prefix { $0 != ";" && $0 != ")" }
        return list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    @Test(arguments: ["roundtrip", "diff", "generate", "whoami", "describe", "drift", "smoke"])
    func everyListedFormatIsAccepted(_ command: String) async throws {
        let help = try await CLI.run([command, "--help"], environment: Self.keys)
        let formats = Self.listedFormats(help.stdout)
        #expect(!formats.isEmpty, "\(command) --help lists no formats: \(help.stdout)")
        let arguments: [String] =
            switch command {
            case "roundtrip": [StackFixtures.goldenPath]
            case "diff": [StackFixtures.goldenPath, StackFixtures.goldenPath]
            case "generate": []
            default: ["--stack", "s", "--endpoint-url", "http://127.0.0.1:9", "--timeout", "0"]
            }
        for format in formats {
            var line = [command] + arguments + ["--format", format]
            if ["whoami", "describe"].contains(command) { line.removeAll { $0 == "--timeout" || $0 == "0" } }
            if command == "whoami" { line.removeAll { $0 == "--stack" || $0 == "s" } }
            let result = try await CLI.run(line, environment: Self.keys)
            #expect(!result.stderr.contains("--format"), "\(command) --format \(format): \(result.stderr)")
            #expect(!result.stderr.hasPrefix("Error: "), "\(command) --format \(format): \(result.stderr)")
        }
    }
}
