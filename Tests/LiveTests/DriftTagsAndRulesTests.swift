import AWS
import Foundation
import Live
import StackCheckTestSupport
import Template
import Testing

/// Tags on the types whose describe calls do not return them (task definitions, log groups, roles) and rules added
/// beside the stack's own on its security groups, through the binary against the emulator.
@Suite struct DriftTagsAndRulesTests {
    static func template() throws -> URL {
        try TemplateVariant.golden { template in
            let tags = TemplateVariant.keyValues(["team": "batch", "owner": "data"])
            for resource in ["DataIngestionTaskDefinition", "DataIngestionLogGroup", "TaskRole"] {
                template["Resources", resource, "Properties", "Tags"] = tags
            }
        }
    }

    @Test func removedTagsAndAnAddedRuleAreReportedAtTheirResources() async throws {
        let emulator = try await Emulator.suite("operate")
        let network = try await emulator.createNetwork()
        let name = EmulatorStack.uniqueName("drift-tags")
        let template = try Self.template()
        defer { try? FileManager.default.removeItem(at: template) }
        try await EmulatorStack.deploy(template: template, as: name, network: network, in: emulator)
        let drift = ["drift", "--stack", name, "--template", template.path]

        let clean = try await CLI.run(drift, environment: emulator.cliEnvironment)
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        #expect(clean.stdout.hasPrefix("stack \(name): IN_SYNC (0 findings; "), "\(clean.stdout)")
        // The three types' tags are read (ListTagsForResource, ListRoleTags), not "not checked".
        #expect(clean.stdout.contains(" drifted, 0 not checked)\n"), "\(clean.stdout)")

        let client = emulator.client
        let resources = try await client.cloudFormation.describeStackResources(stackName: name)
        let physical = { (id: String) in resources.first { $0.logicalId == id }?.physicalId ?? "" }
        try await client.ecs.untagResource(arn: physical("DataIngestionTaskDefinition"), keys: ["owner"])
        try await client.logs.untagResource(
            arn: "arn:aws:logs:us-east-2:123456789012:log-group:\(physical("DataIngestionLogGroup"))", keys: ["owner"])
        try await client.iam.untagRole(roleName: physical("TaskRole"), keys: ["team"])
        let group = physical("ALBSecurityGroup")
        try await client.ec2.authorizeSecurityGroupIngress(
            groupId: group,
            permissions: [
                EC2.IPPermission(
                    ipProtocol: "tcp", fromPort: 22, toPort: 22, ipRanges: [EC2.Source(cidr: "10.9.0.0/16")])
            ])

        let drifted = try await CLI.run(drift, environment: emulator.cliEnvironment)
        #expect(drifted.status == 1, "\(drifted.stdout)\(drifted.stderr)")
        let out = drifted.stdout
        let owner = "    expected: {\"Key\":\"owner\",\"Value\":\"data\"}\n    actual:   (absent)\n"
        #expect(
            out.contains(
                "DRIFT DataIngestionTaskDefinition (AWS::ECS::TaskDefinition) propertyChanged "
                    + "/Resources/DataIngestionTaskDefinition/Properties/Tags/1\n" + owner), "\(out)")
        #expect(
            out.contains(
                "DRIFT DataIngestionLogGroup (AWS::Logs::LogGroup) propertyChanged "
                    + "/Resources/DataIngestionLogGroup/Properties/Tags/1\n" + owner), "\(out)")
        #expect(
            out.contains(
                "DRIFT TaskRole (AWS::IAM::Role) propertyChanged /Resources/TaskRole/Properties/Tags/0\n"
                    + "    expected: {\"Key\":\"team\",\"Value\":\"batch\"}\n    actual:   (absent)\n"), "\(out)")
        // The added rule is unmanaged, at the group's rules; the group's own rules are not reported as changed.
        #expect(
            out.contains(
                "DRIFT \(group) ingress tcp 22 22 10.9.0.0/16 (AWS::EC2::SecurityGroupIngress) unmanaged "
                    + "/Resources/ALBSecurityGroup/Properties/SecurityGroupIngress\n"), "\(out)")
        #expect(!out.contains("DRIFT ALBSecurityGroup"), "\(out)")
        // Untouched tags stay quiet.
        for resource in ["DataIngestionTaskDefinition", "DataIngestionLogGroup"] {
            #expect(!out.contains("/Resources/\(resource)/Properties/Tags/0"), "\(out)")
        }
        #expect(!out.contains("/Resources/TaskRole/Properties/Tags/1"), "\(out)")
        #expect(out.components(separatedBy: "\nDRIFT ").count - 1 == 4, "\(out)")
    }
}

/// The tag reads are declared (so OperationScope lets them through and `iam-policy` grants them) only for a
/// template that sets Tags on those types.
@Suite struct DriftTagOperationsTests {
    @Test func tagReadsAreDeclaredOnlyWhenTheTemplateSetsTags() throws {
        let tagReads =
            ECS.Operation.list(.listTagsForResource) + CloudWatchLogs.Operation.list(.listTagsForResource)
            + IAM.Operation.list(.listRoleTags)
        let golden = try TemplateReader.read(path: StackFixtures.goldenPath)
        let plain = DriftEngine.operations(DriftEngine.Options(template: golden))
        for operation in tagReads { #expect(!plain.contains(operation), "\(operation)") }
        let file = try DriftTagsAndRulesTests.template()
        defer { try? FileManager.default.removeItem(at: file) }
        let tagged = DriftEngine.operations(DriftEngine.Options(template: try TemplateReader.read(path: file.path)))
        for operation in tagReads { #expect(tagged.contains(operation), "\(operation)") }
    }

    @Test func iamPolicyGrantsTheTagReadsForATemplateWithTags() async throws {
        let file = try DriftTagsAndRulesTests.template()
        defer { try? FileManager.default.removeItem(at: file) }
        let policy = { (template: String) in
            try await CLI.run(
                [
                    "iam-policy", "--format", "json", "--template", template, "--stack", "batch", "--region",
                    "us-east-2", "--account", "123456789012", "--command", "drift",
                ])
        }
        let tagged = try await policy(file.path)
        #expect(tagged.status == 0, "\(tagged.stderr)")
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(tagged.stdout.utf8)) as? [String: Any])
        let statements = document["Statement"] as? [[String: Any]] ?? []
        // IAM writes a single action or resource as a string.
        let strings = { (value: Any?) in value as? [String] ?? (value as? String).map { [$0] } ?? [] }
        let grants = { (action: String) in
            statements.filter { strings($0["Action"]).contains(action) }.flatMap { strings($0["Resource"]) }
        }
        #expect(grants("logs:ListTagsForResource") == ["arn:aws:logs:us-east-2:123456789012:log-group:*"])
        #expect(grants("iam:ListRoleTags").contains("arn:aws:iam::123456789012:role/ecs-task-role-*"), "\(statements)")
        #expect(grants("ecs:ListTagsForResource") == ["*"])
        let plain = try await policy(StackFixtures.goldenPath)
        #expect(plain.status == 0)
        #expect(!plain.stdout.contains("ListTagsForResource") && !plain.stdout.contains("ListRoleTags"))
    }
}
