import AWS
import Foundation
import StackCheckTestSupport
import Testing

@Suite("CloudFormation against the emulator")
struct CloudFormationEmulatorTests {
    var resourceIds: Set<String> {
        get async throws {
            Set((try await GoldenDeployment.shared().template["Resources"] as? [String: Any] ?? [:]).keys)
        }
    }

    @Test func describeStacksReadsStatusParametersAndOutputs() async throws {
        let deployment = try await GoldenDeployment.shared()
        let stack = try await deployment.client.cloudFormation.describeStack(deployment.stackName)
        #expect(stack.status == "CREATE_COMPLETE")
        #expect(stack.stackId.hasPrefix("arn:aws:cloudformation:us-east-2:"))
        #expect(stack.parameter("VpcId") == deployment.network.vpcId)
        let outputs = Set((deployment.template["Outputs"] as? [String: Any] ?? [:]).keys)
        #expect(Set(stack.outputs.map(\.key)) == outputs)
        let all = try await deployment.client.cloudFormation.describeStacks()
        #expect(all.contains { $0.stackName == deployment.stackName })
    }

    @Test func resourcesMatchTheTemplate() async throws {
        let deployment = try await GoldenDeployment.shared()
        let described = try await deployment.client.cloudFormation.describeStackResources(
            stackName: deployment.stackName)
        let listed = try await deployment.client.cloudFormation.listStackResources(stackName: deployment.stackName)
        #expect(Set(described.map(\.logicalId)) == (try await resourceIds))
        #expect(Set(listed.map(\.logicalId)) == (try await resourceIds))
        #expect(listed.allSatisfy { $0.status == "CREATE_COMPLETE" && !$0.resourceType.isEmpty })
        #expect(described.first { $0.logicalId == "ECSCluster" }?.physicalId == deployment.output("ClusterName"))
    }

    @Test func getTemplateReturnsTheSubmittedBody() async throws {
        let deployment = try await GoldenDeployment.shared()
        let body = try await deployment.client.cloudFormation.getTemplate(stackName: deployment.stackName)
        let parsed = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
        #expect(Set((parsed?["Resources"] as? [String: Any] ?? [:]).keys) == (try await resourceIds))
    }

    @Test func eventsAndTheChangeSetNameEveryResource() async throws {
        let deployment = try await GoldenDeployment.shared()
        let events = try await deployment.client.cloudFormation.describeStackEvents(stackName: deployment.stackName)
        #expect(events.items.contains { $0.logicalId == deployment.stackName && $0.status == "CREATE_COMPLETE" })
        #expect(Set(events.items.map(\.logicalId)).isSuperset(of: try await resourceIds))
        #expect(Set(deployment.changeSet.changes.map(\.logicalId)) == (try await resourceIds))
        #expect(deployment.changeSet.changes.allSatisfy { $0.action == "Add" })
    }

    @Test func changeSetsCanBeDeletedAndStacksDeleted() async throws {
        let deployment = try await GoldenDeployment.shared()
        let cfn = deployment.client.cloudFormation
        let name = "stackcheck-aws-small-\(UInt32.random(in: 0..<1_000_000))"
        let template = #"{"Resources":{"Group":{"Type":"AWS::Logs::LogGroup","Properties":{"RetentionInDays":1}}}}"#
        _ = try await cfn.createChangeSet(
            stackName: name, changeSetName: "first", templateBody: template, type: .create)
        try await cfn.deleteChangeSet(stackName: name, changeSetName: "first")
        let gone = await awsError { _ = try await cfn.describeChangeSet(stackName: name, changeSetName: "first") }
        #expect(gone?.kind == .service)
        #expect(gone?.operation == "DescribeChangeSet")

        // A fresh name: moto keeps the REVIEW_IN_PROGRESS stack of a deleted CREATE change set around.
        let other = name + "-b"
        _ = try await cfn.createChangeSet(
            stackName: other, changeSetName: "second", templateBody: template, type: .create)
        _ = try await poll {
            try await cfn.describeChangeSet(stackName: other, changeSetName: "second").status == "CREATE_COMPLETE"
                ? true : nil
        }
        try await cfn.executeChangeSet(stackName: other, changeSetName: "second")
        _ = try await poll { try await cfn.describeStack(other).status == "CREATE_COMPLETE" ? true : nil }
        try await cfn.deleteStack(stackName: other)
        let missing = await awsError { _ = try await cfn.describeStack(other) }
        let stillThere = try? await cfn.describeStacks(stackName: other).first?.status
        #expect(missing?.isStackMissing == true || stillThere == "DELETE_COMPLETE")
    }

    @Test func aMissingStackIsAValidationError() async throws {
        let deployment = try await GoldenDeployment.shared()
        let error = await awsError { _ = try await deployment.client.cloudFormation.describeStack("no-such-stack-x") }
        #expect(error?.isStackMissing == true)
        #expect(error?.code == "ValidationError")
        #expect(error?.status == 400)
        #expect(error?.requestId?.isEmpty == false)
        #expect(
            error?.description.hasPrefix(
                "cloudformation:DescribeStacks failed: ValidationError: Stack with id no-such-stack-x does not exist (HTTP 400, request id "
            ) == true)
    }

    @Test func driftDetectionRefusalIsReportedNotInvented() async throws {
        // The emulator refuses DetectStackDrift on purpose; the client must surface that as an error.
        let deployment = try await GoldenDeployment.shared()
        let cfn = deployment.client.cloudFormation
        let detect = await awsError { _ = try await cfn.detectStackDrift(stackName: deployment.stackName) }
        #expect(detect?.operation == "DetectStackDrift")
        #expect(detect?.kind == .service)
        let status = await awsError { _ = try await cfn.describeStackDriftDetectionStatus(detectionId: "x") }
        #expect(status?.operation == "DescribeStackDriftDetectionStatus")
        let drifts = await awsError { _ = try await cfn.describeStackResourceDrifts(stackName: deployment.stackName) }
        #expect(drifts?.operation == "DescribeStackResourceDrifts")
    }
}
