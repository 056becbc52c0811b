import AWS
import Foundation
import StackCheckTestSupport
import Testing

@Suite("stackcheck describe and whoami against the emulator")
struct DescribeCLITests {
    @Test func describePrintsJSONWithSchemaVersion() async throws {
        let deployment = try await GoldenDeployment.shared()
        let result = try await CLI.run(
            ["describe", "--stack", deployment.stackName, "--format", "json"],
            environment: deployment.emulator.cliEnvironment)
        #expect(result.status == 0, "\(result.stderr)")
        let envelope = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(envelope["schemaVersion"] as? Int == 2)
        #expect(envelope["command"] as? String == "describe")
        let json = try #require((envelope["stacks"] as? [[String: Any]])?.first)
        #expect(json["stack"] as? String == deployment.stackName)
        #expect(json["region"] as? String == deployment.emulator.region)
        #expect(json["status"] as? String == "SETTLED")
        #expect(json["exitCode"] as? Int == 0)
        #expect(json["stackStatus"] as? String == "CREATE_COMPLETE")
        let outputs = (json["outputs"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? String }
        #expect(Set(outputs) == Set(deployment.stack.outputs.map(\.key)))
        let resources = json["resources"] as? [[String: Any]] ?? []
        #expect(resources.count == (deployment.template["Resources"] as? [String: Any])?.count)
        let parameters = json["parameters"] as? [[String: Any]] ?? []
        #expect(
            parameters.contains {
                $0["key"] as? String == "VpcId" && $0["value"] as? String == deployment.network.vpcId
            })
    }

    @Test func describePrintsText() async throws {
        let deployment = try await GoldenDeployment.shared()
        var env = deployment.emulator.cliEnvironment
        env["AWS_ENDPOINT_URL"] = .some(nil)
        let result = try await CLI.run(
            [
                "describe", "--stack", deployment.stackName, "--endpoint-url",
                deployment.emulator.endpoint.absoluteString,
            ],
            environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("stack   \(deployment.stackName)\n"))
        #expect(result.stdout.contains("status  CREATE_COMPLETE\n"))
        #expect(result.stdout.contains("\n  LoadBalancerDNS   "))
        #expect(result.stdout.contains(" \(deployment.output("LoadBalancerDNS"))\n"))
        let count = (deployment.template["Resources"] as? [String: Any])?.count ?? 0
        #expect(result.stdout.contains("\nresources (\(count)):\n  "))
    }

    @Test func aMissingStackIsInTheJSONEnvelope() async throws {
        let emulator = try await Emulator.shared()
        let result = try await CLI.run(
            ["describe", "--stack", "no-such-stack", "--format", "json"], environment: emulator.cliEnvironment)
        #expect(result.status == 2)
        let envelope = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let entry = try #require((envelope["stacks"] as? [[String: Any]])?.first)
        #expect(entry["stack"] as? String == "no-such-stack")
        #expect(entry["status"] as? String == "ERROR")
        #expect(entry["exitCode"] as? Int == 2)
        #expect((entry["error"] as? String)?.hasPrefix("error: stack no-such-stack does not exist in ") == true)
    }

    @Test func aMissingStackExitsTwoWithTheRequestId() async throws {
        let emulator = try await Emulator.shared()
        let result = try await CLI.run(["describe", "--stack", "no-such-stack"], environment: emulator.cliEnvironment)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        let prefix =
            "error: stack no-such-stack does not exist in us-east-2 (cloudformation:DescribeStacks ValidationError, "
            + "request id "
        #expect(result.stderr.hasPrefix(prefix), "\(result.stderr)")
        // The first line is the contract; the hint follows it on a line of its own.
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasSuffix(")") == true, "\(result.stderr)")
        #expect(
            lines.dropFirst()
                == ["  hint: check the stack name and the region (`stackcheck whoami` shows the region in use)"])
        #expect(result.stderr.count > prefix.count + 3)
    }

    @Test func whoamiPrintsTheIdentity() async throws {
        let emulator = try await Emulator.shared()
        let text = try await CLI.run(["whoami"], environment: emulator.cliEnvironment)
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("account  123456789012\narn      arn:aws:"))
        let json = try await CLI.run(["whoami", "--format", "json"], environment: emulator.cliEnvironment)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["schemaVersion"] as? Int == 1)
        #expect(object?["account"] as? String == "123456789012")
    }

    @Test func noAnswerIsAnErrorNotAResult() async throws {
        let server = try FaultServer([], after: .status(503), success: "")
        var env = try await Emulator.shared().cliEnvironment
        env["AWS_ENDPOINT_URL"] = .some(server.endpoint.absoluteString)
        let result = try await CLI.run(["describe", "--stack", "s"], environment: env)
        #expect(result.status == 3)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("error: cloudformation:DescribeStacks failed: ServiceUnavailable: "))
        // DescribeStacks and ListStackResources run at once: 3 attempts each, unless the first failure cancels the other.
        #expect((3...6).contains(server.requestCount))
    }

    @Test func noRegionIsAConfigurationError() async throws {
        let result = try await CLI.run(
            ["whoami"],
            environment: [
                "AWS_REGION": nil, "AWS_DEFAULT_REGION": nil, "AWS_PROFILE": nil,
                "AWS_CONFIG_FILE": "/nonexistent/config",
                "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/credentials",
            ])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: no AWS region"))
    }
}
