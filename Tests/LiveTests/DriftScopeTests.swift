import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// `stackcheck drift` on the edits operators make beside CloudFormation: a service moved to a foreign revision, a
/// tag removed, a load balancer attribute changed, a service and a listener added in the stack's scope. Through the
/// binary, against the emulator.
@Suite struct DriftScopeTests {
    /// The golden as a team's template often is: tags and attributes on the load balancer and target group.
    static func taggedTemplate() throws -> URL {
        try TemplateVariant.golden { template in
            template["Resources", "ApplicationLoadBalancer", "Properties", "Tags"] = TemplateVariant.keyValues([
                "team": "batch", "cost-center": "cc-42",
            ])
            template["Resources", "ApplicationLoadBalancer", "Properties", "LoadBalancerAttributes"] =
                TemplateVariant.keyValues(["idle_timeout.timeout_seconds": "60", "routing.http2.enabled": "true"])
            template["Resources", "ALBTargetGroup", "Properties", "Tags"] = TemplateVariant.keyValues(["team": "batch"])
            template["Resources", "ALBTargetGroup", "Properties", "TargetGroupAttributes"] = TemplateVariant.keyValues([
                "deregistration_delay.timeout_seconds": "30"
            ])
            template["Resources", "ECSCluster", "Properties", "Tags"] = TemplateVariant.keyValues(["team": "batch"])
            let service = ["Resources", "ReportGenerationService", "Properties"]
            template[service + ["Tags"]] = TemplateVariant.keyValues(["team": "batch"])
            template[service + ["DeploymentConfiguration"]] =
                [
                    "MaximumPercent": 200, "MinimumHealthyPercent": 50,
                    "DeploymentCircuitBreaker": ["Enable": true, "Rollback": true],
                ] as [String: Any]
            template[service + ["PlacementStrategies"]] = [
                ["Type": "spread", "Field": "attribute:ecs.availability-zone"]
            ]
        }
    }

    @Test func eachOutOfBandEditIsReportedAtItsResourceAndKind() async throws {
        let emulator = try await Emulator.suite("operate")
        let network = try await emulator.createNetwork()
        let name = EmulatorStack.uniqueName("drift-scope")
        let suffix = String(name.suffix(8))
        let template = try Self.taggedTemplate()
        defer { try? FileManager.default.removeItem(at: template) }
        try await EmulatorStack.deploy(template: template, as: name, network: network, in: emulator)
        let drift = ["drift", "--stack", name, "--template", template.path]

        let clean = try await CLI.run(drift, environment: emulator.cliEnvironment)
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        #expect(clean.stdout.hasPrefix("stack \(name): IN_SYNC (0 findings; "))
        #expect(clean.stdout.contains("note: template: \(template.path)\n"))
        // Tags, attributes, deployment configuration and placement are all read: nothing is left unchecked.
        #expect(clean.stdout.contains(" drifted, 0 not checked)\n"), "\(clean.stdout)")

        let client = emulator.client
        let resources = try await client.cloudFormation.describeStackResources(stackName: name)
        let physical = { (id: String) in resources.first { $0.logicalId == id }?.physicalId ?? "" }
        let balancer = physical("ApplicationLoadBalancer")
        let cluster = physical("ECSCluster")
        try await client.elbv2.removeTags(arns: [balancer], keys: ["cost-center"])
        try await client.elbv2.modifyLoadBalancerAttributes(
            arn: balancer, attributes: ["idle_timeout.timeout_seconds": "120"])
        let stackRevision = try await client.ecs.describeTaskDefinition(physical("DataIngestionTaskDefinition"))
        let foreign = try await client.ecs.registerTaskDefinition(
            family: try #require(stackRevision.family), containerName: "data-ingestion", image: "hotfix/di:9",
            memory: 512)
        let foreignArn = try #require(foreign.taskDefinitionArn)
        _ = try await client.ecs.updateService(
            cluster: cluster, service: physical("DataIngestionService"), taskDefinition: foreignArn)
        let tools = try await client.ecs.registerTaskDefinition(
            family: "debug-tools-\(suffix)", containerName: "shell", image: "busybox", memory: 128)
        _ = try await client.ecs.createService(
            cluster: cluster, name: "debug-shell", taskDefinition: try #require(tools.taskDefinitionArn))
        let listener = try await client.elbv2.createListener(
            loadBalancerArn: balancer, port: 8081, targetGroupArn: physical("ALBTargetGroup"))

        let leftover = try await client.ec2.createSecurityGroup(
            name: "leftover-\(suffix)", description: "left behind", vpcId: network.vpcId,
            tags: ["aws:cloudformation:stack-name": name])

        let drifted = try await CLI.run(drift, environment: emulator.cliEnvironment)
        #expect(drifted.status == 1, "\(drifted.stdout)\(drifted.stderr)")
        let out = drifted.stdout
        let lb = "ApplicationLoadBalancer (AWS::ElasticLoadBalancingV2::LoadBalancer) propertyChanged"
        #expect(
            out.contains(
                "DRIFT \(lb) /Resources/ApplicationLoadBalancer/Properties/Tags/1\n"
                    + "    expected: {\"Key\":\"cost-center\",\"Value\":\"cc-42\"}\n    actual:   (absent)\n"), "\(out)"
        )
        #expect(
            out.contains(
                "DRIFT \(lb) /Resources/ApplicationLoadBalancer/Properties/LoadBalancerAttributes/0/Value\n"
                    + "    expected: \"60\"\n    actual:   \"120\"\n"))
        #expect(
            out.contains(
                "DRIFT DataIngestionTaskDefinition (AWS::ECS::TaskDefinition) propertyChanged "
                    + "/Resources/DataIngestionTaskDefinition/Properties/ContainerDefinitions/0/Image\n"
                    + "    expected: \"123456789012.dkr.ecr.us-east-2.amazonaws.com/data-ingestion:latest\"\n"
                    + "    actual:   \"hotfix/di:9\"\n"))
        #expect(
            out.contains(
                "DRIFT debug-shell (AWS::ECS::Service) unmanaged /Resources/ECSCluster\n    expected: (absent)\n"))
        #expect(
            out.contains(
                "DRIFT \(listener) (AWS::ElasticLoadBalancingV2::Listener) unmanaged "
                    + "/Resources/ApplicationLoadBalancer\n"))
        #expect(out.contains("a listener on port 8081 of the stack's load balancer is not in the stack"))
        #expect(
            out.contains(
                "DRIFT debug-tools-\(suffix) (AWS::ECS::TaskDefinition) unmanaged /Resources/ECSCluster\n"), "\(out)")
        // The stack's own family, even at a foreign revision, is not unmanaged.
        #expect(!out.contains("DRIFT \(try #require(stackRevision.family)) (AWS::ECS::TaskDefinition) unmanaged"))
        #expect(
            out.contains(
                "DRIFT arn:aws:ec2:us-east-2:123456789012:security-group/\(leftover) (ec2:security-group) unmanaged "
                    + "/Resources\n"), "\(out)")
        // The stack's own security groups carry the same tag and are not reported.
        #expect(out.components(separatedBy: "(ec2:security-group) unmanaged").count == 2)
        // Untouched: the other tag, the other attribute, the target group's tags and attributes.
        #expect(!out.contains("/Properties/Tags/0"))
        #expect(!out.contains("LoadBalancerAttributes/1"))
        #expect(!out.contains("DRIFT ALBTargetGroup"))

        // An unmanaged resource is accepted like any finding.
        let accept = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-accept.json")
        try """
        {"accepted": [{"logicalId": "debug-shell", "path": "/Resources/ECSCluster", "reason": "on-call shell",
          "expires": "2999-12-31"}]}
        """.write(to: accept, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: accept) }
        let accepted = try await CLI.run(drift + ["--accept", accept.path], environment: emulator.cliEnvironment)
        #expect(accepted.stdout.contains("ACCEPTED debug-shell (AWS::ECS::Service) unmanaged /Resources/ECSCluster\n"))
        #expect(!accepted.stdout.contains("DRIFT debug-shell"))
    }

    @Test func driftWorksFromADirectoryWithoutGoldenUsingTheBuiltInTemplate() async throws {
        let emulator = try await Emulator.suite("operate")
        let stack = try await EmulatorStack.deployGolden(in: emulator, prefix: "drift-nogolden")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nogolden-\(stack.suffix)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try await CLI.run(
            ["drift", "--stack", stack.name], environment: emulator.cliEnvironment, currentDirectory: directory)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasPrefix("stack \(stack.name): IN_SYNC (0 findings; "))
        #expect(result.stdout.contains("note: template: the built-in reference template (stackcheck generate)\n"))
    }
}
