import AWS
import Foundation
import Live
import StackCheckTestSupport
import Template
import Testing

/// `stackcheck iam-policy` without AWS: what it prints, and the scope that keeps code and policy one list.
@Suite struct IAMPolicyTests {
    @Test func everyWildcardResourceSaysWhyAndNoActionIsAWildcard() async throws {
        let result = try await CLI.run(
            [
                "iam-policy", "--template", StackFixtures.goldenPath, "--stack", "prod-*", "--region", "eu-west-1",
                "--account", "111122223333",
            ])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        var reason = ""
        for line in lines {
            if !line.hasPrefix(" ") && !line.hasPrefix("note:") { reason = line }
            if line.hasPrefix("  allow ") { #expect(!line.contains("*"), "\(line)") }
            if line == "    on *" {
                #expect(
                    reason.contains("do not support resource-level") || reason.contains("no resource type")
                        || reason.contains("known only at run time"))
            }
        }
        #expect(result.stdout.contains("    on arn:aws:cloudformation:eu-west-1:111122223333:stack/prod-*/*\n"))
        #expect(result.stdout.contains("    on arn:aws:ecs:eu-west-1:111122223333:cluster/ecs-cluster-*\n"))
        #expect(result.stdout.contains("    on arn:aws:iam::111122223333:role/ecs-task-role-*\n"))
        #expect(result.stdout.contains("note: sts:GetCallerIdentity") == false)
        #expect(!result.stdout.contains("allow sts:"))
    }

    @Test func jsonIsAPolicyDocumentAndDeployAddsItsChangeSetActions() async throws {
        let result = try await CLI.run(
            ["iam-policy", "--command", "deploy", "--format", "json", "--template", StackFixtures.goldenPath])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["Version"] as? String == "2012-10-17")
        let statements = try #require(object["Statement"] as? [[String: Any]])
        // The stack's actions, and the upload of a template over 51,200 bytes to the bucket given at run time.
        #expect(statements.count == 2)
        #expect(
            statements.first?["Action"] as? [String] == [
                "cloudformation:CreateChangeSet", "cloudformation:DeleteChangeSet", "cloudformation:DescribeChangeSet",
                "cloudformation:DescribeStackEvents", "cloudformation:DescribeStacks",
                "cloudformation:ExecuteChangeSet", "cloudformation:GetTemplate", "cloudformation:ListStackResources",
                "cloudformation:UpdateTerminationProtection",
            ])
        #expect(statements.last?["Action"] as? [String] == ["s3:PutObject"])
        #expect(statements.first?["Resource"] as? String == "arn:aws:cloudformation:*:*:stack/*/*")
        let text = try await CLI.run(["iam-policy", "--command", "deploy", "--template", StackFixtures.goldenPath])
        #expect(text.stdout.contains("note: deploy: CloudFormation creates the stack's resources with the caller's"))
    }

    @Test func aBadTemplateIsExitTwo() async throws {
        let result = try await CLI.run(["iam-policy", "--template", "/nonexistent/template.json"])
        #expect(result.status == 2)
        #expect(result.stderr == "error: template /nonexistent/template.json not found; pass --template FILE\n")
    }

    @Test func aCallOutsideTheDeclaredOperationsIsRefusedBeforeItIsSent() async throws {
        // Nothing listens on this port: a call that got past the scope would fail differently.
        let client = AWSClient(
            region: "us-east-2",
            credentials: StaticCredentialProvider(Credentials(accessKeyId: "k", secretAccessKey: "s")),
            endpointURL: URL(string: "http://127.0.0.1:9")!, transport: CurlTransport())
        let error = await #expect(throws: AWSError.self) {
            try await OperationScope.run("a test", CloudFormation.Operation.list(.describeStacks)) {
                try await OperationScope.run("an inner part", ECS.Operation.list(.describeClusters)) {
                    _ = try await client.ecs.describeClusters(["c"])
                }
            }
        }
        #expect(error?.code == "UndeclaredOperation")
        #expect(
            error?.message == "stackcheck bug: ecs:DescribeClusters is not among the operations a test > an inner part "
                + "declares; declare it beside the call so `stackcheck iam-policy` grants it")
    }

    @Test func driftDeclaresTheCheckersOfTheTemplatesTypesAndTheZonesOnlyWhenAsked() throws {
        for (type, checker) in CheckerRegistry.standard { #expect(!checker.operations.isEmpty, "\(type)") }
        let golden = try TemplateReader.read(path: StackFixtures.goldenPath)
        let operations = DriftEngine.operations(DriftEngine.Options(template: golden))
        #expect(Set(StackLoader.operations).isSubset(of: operations))
        #expect(operations.contains(ECS.Operation.describeClusters.operation))
        #expect(!operations.contains(EC2.Operation.describeAvailabilityZones.operation))
        #expect(!operations.contains(CloudFormation.Operation.detectStackDrift.operation))

        let zonesText =
            #"{"Resources": {"G": {"Type": "AWS::Logs::LogGroup", "Properties": "#
            + #"{"LogGroupName": {"Fn::Select": [0, {"Fn::GetAZs": ""}]}}}}}"#
        let zones = try TemplateReader.read(Array(zonesText.utf8), file: "zones.json")
        let small = DriftEngine.operations(DriftEngine.Options(template: zones, cloudFormationDrift: true))
        #expect(small.contains(EC2.Operation.describeAvailabilityZones.operation))
        #expect(small.contains(CloudFormation.Operation.detectStackDrift.operation))
        #expect(small.contains(CloudWatchLogs.Operation.describeLogGroups.operation))
        #expect(!small.contains(ECS.Operation.describeClusters.operation))
    }
}
