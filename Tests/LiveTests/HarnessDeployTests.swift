import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// The harness's own stack (Golden/harness.json) deployed on the emulator with `stackcheck deploy`, as
/// an operator would: every resource created (the EventBridge schedule and topic policy included), and
/// drift of the fresh stack against its golden finds nothing.
@Suite struct HarnessDeployTests {
    @Test func theHarnessStackDeploys() async throws {
        let emulator = try await Emulator.start()
        defer { emulator.stop() }
        let network = try await emulator.createNetwork()
        let stack = EmulatorStack.uniqueName("harness")
        let name = String(stack.suffix(8))
        let golden = TestData.packageRoot.appendingPathComponent("Golden/harness.json").path
        let deploy = try await CLI.run(
            [
                "deploy", "--stack", stack, "--template", golden, "--capabilities", "CAPABILITY_NAMED_IAM",
                "--parameter", "HarnessName=\(name)", "--parameter",
                "StackcheckImageUri=123456789012.dkr.ecr.us-east-2.amazonaws.com/stackcheck:1",
                "--parameter", "SubnetIds=\(network.privateSubnetIds.joined(separator: ","))",
            ], environment: emulator.cliEnvironment)
        #expect(
            deploy.status == 0,
            "\(deploy.stdout)\(deploy.stderr)\n\(emulator.log.split(separator: "\n").suffix(20).joined(separator: "\n"))"
        )

        let resources = try await emulator.client.cloudFormation.describeStackResources(stackName: stack)
        let byId = Dictionary(resources.map { ($0.logicalId, $0) }) { a, _ in a }
        #expect(byId.count == 10, "\(byId.keys.sorted())")
        #expect(byId["HarnessSchedule"]?.physicalId == "stackcheck-drift-\(name)")
        #expect(byId["HarnessCluster"]?.physicalId?.hasSuffix("stackcheck-\(name)") == true)
        for resource in resources { #expect(resource.status == "CREATE_COMPLETE", "\(resource.logicalId)") }

        let drift = try await CLI.run(
            ["drift", "--stack", stack, "--template", golden, "--format", "json"], environment: emulator.cliEnvironment)
        let object = try #require(try? JSONSerialization.jsonObject(with: Data(drift.stdout.utf8)) as? [String: Any])
        let entry = try #require((object["stacks"] as? [[String: Any]])?.first)
        #expect((entry["findings"] as? [Any])?.isEmpty == true, "\(drift.stdout)\(drift.stderr)")
        #expect(drift.status == 0, "\(drift.stdout)\(drift.stderr)")
    }
}
