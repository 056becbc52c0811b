import AWS
import Foundation
import StackCheckTestSupport
import Testing

@Suite("Application Auto Scaling and CloudWatch Logs against the emulator")
struct ScalingAndLogsEmulatorTests {
    func resourceId(_ deployment: GoldenDeployment) -> String {
        "service/\(deployment.output("ClusterName"))/\(deployment.output("DataIngestionServiceName"))"
    }

    @Test func scalableTargetAndPolicyMatchTheTemplate() async throws {
        let deployment = try await GoldenDeployment.shared()
        let scaling = deployment.client.applicationAutoScaling
        let id = resourceId(deployment)
        let target = try #require(try await scaling.describeScalableTargets(resourceIds: [id]).first)
        let expected = deployment.resource("DataIngestionScalableTarget")
        #expect(target.minCapacity == expected["MinCapacity"] as? Int)
        #expect(target.maxCapacity == expected["MaxCapacity"] as? Int)
        #expect(target.scalableDimension == "ecs:service:DesiredCount")

        let policy = try #require(try await scaling.describeScalingPolicies(resourceId: id).first)
        let config =
            deployment.resource("DataIngestionScalingPolicy")["TargetTrackingScalingPolicyConfiguration"]
            as? [String: Any] ?? [:]
        let tracking = policy.targetTrackingScalingPolicyConfiguration
        #expect(policy.policyType == "TargetTrackingScaling")
        #expect(tracking?.targetValue == (config["TargetValue"] as? NSNumber)?.doubleValue)
        #expect(tracking?.scaleInCooldown == config["ScaleInCooldown"] as? Int)
        #expect(tracking?.scaleOutCooldown == config["ScaleOutCooldown"] as? Int)
        #expect(tracking?.predefinedMetricSpecification?.predefinedMetricType == "ECSServiceAverageCPUUtilization")
    }

    @Test func registerAndPutCreateATargetAndPolicy() async throws {
        let deployment = try await GoldenDeployment.shared()
        let scaling = deployment.client.applicationAutoScaling
        // Registering an existing target again updates it; the transaction service's target is this test's own.
        let id = "service/\(deployment.output("ClusterName"))/\(deployment.output("TransactionProcessingServiceName"))"
        try await scaling.registerScalableTarget(resourceId: id, minCapacity: 1, maxCapacity: 5)
        // A second policy for the same target: the template's CPU policy, renamed and tracking memory.
        var policy = try #require(try await scaling.describeScalingPolicies(resourceId: id).first)
        var tracking = try #require(policy.targetTrackingScalingPolicyConfiguration)
        tracking.targetValue = 55
        tracking.predefinedMetricSpecification?.predefinedMetricType = "ECSServiceAverageMemoryUtilization"
        tracking.scaleInCooldown = 120
        tracking.scaleOutCooldown = 30
        policy.policyName = "memory-\(UInt32.random(in: 0..<1_000_000))"
        policy.targetTrackingScalingPolicyConfiguration = tracking
        let arn = try await scaling.putScalingPolicy(policy)
        #expect(arn.hasPrefix("arn:aws:autoscaling:"))
        #expect(try await scaling.describeScalableTargets(resourceIds: [id]).first?.maxCapacity == 5)
        let read = try await scaling.describeScalingPolicies(resourceId: id).first { $0.policyARN == arn }
        #expect(read?.targetTrackingScalingPolicyConfiguration == tracking)
    }

    @Test func logGroupRetentionIsReadChangedAndDeleted() async throws {
        let deployment = try await GoldenDeployment.shared()
        let logs = deployment.client.logs
        let expected = deployment.resource("DataIngestionLogGroup")
        let suffix = deployment.stack.parameter("EnvironmentSuffix") ?? ""
        let name = "/ecs/data-ingestion-\(suffix)"
        let group = try #require(try await logs.logGroup(named: name))
        #expect(group.retentionInDays == expected["RetentionInDays"] as? Int)
        #expect(try await logs.describeLogGroups().contains { $0.logGroupName == name })

        let scratch = "/stackcheck/aws-test-\(UInt32.random(in: 0..<1_000_000))"
        let stack =
            #"{"Resources":{"G":{"Type":"AWS::Logs::LogGroup","Properties":{"LogGroupName":"\#(scratch)","RetentionInDays":3}}}}"#
        let stackName = "stackcheck-aws-logs-\(UInt32.random(in: 0..<1_000_000))"
        let cfn = deployment.client.cloudFormation
        _ = try await cfn.createChangeSet(stackName: stackName, changeSetName: "c", templateBody: stack, type: .create)
        _ = try await poll {
            try await cfn.describeChangeSet(stackName: stackName, changeSetName: "c").status == "CREATE_COMPLETE"
                ? true : nil
        }
        try await cfn.executeChangeSet(stackName: stackName, changeSetName: "c")
        _ = try await poll { try await logs.logGroup(named: scratch) }
        try await logs.putRetentionPolicy(logGroupName: scratch, retentionInDays: 90)
        #expect(try await logs.logGroup(named: scratch)?.retentionInDays == 90)
        try await logs.deleteLogGroup(logGroupName: scratch)
        #expect(try await logs.logGroup(named: scratch) == nil)
        let again = await awsError { try await logs.deleteLogGroup(logGroupName: scratch) }
        #expect(again?.code == "ResourceNotFoundException")
    }
}
