import AWS
import Live
import Report
import StackCheckTestSupport
import Template
import Testing

/// The golden deployed to the emulator, then changed out of band one way at a time.
@Suite(.serialized) struct DriftEmulatorTests {
    typealias Support = DriftTestSupport

    @Test func aCleanDeployIsInSyncWithEveryPropertyChecked() async throws {
        let stack = try await Support.deploy("drift-clean")
        let report = try await Support.drift(stack)
        #expect(report.status == .inSync, "\(Support.render(report))")
        #expect(report.findings.isEmpty)
        let notChecked = report.coverage.filter { $0.reason != nil }
        #expect(notChecked.isEmpty, "\(notChecked.map { "\($0.path): \($0.reason!)" })")
        // Every resource of the golden is covered, with each of its properties.
        let golden = try Support.golden()
        for entry in golden["Resources"]!.mappingValue!.entries {
            #expect(report.coverage.contains { $0.path == "/Resources/\(entry.key)" && $0.state == .checked })
            for property in entry.value["Properties"]?.mappingValue?.keys ?? [] {
                #expect(report.coverage.contains { $0.path == "/Resources/\(entry.key)/Properties/\(property)" })
            }
        }
        #expect(report.coverage.contains { $0.logicalId == "(template)" && $0.state == .checked })
    }

    @Test func logGroupRetentionChanged() async throws {
        let stack = try await Support.deploy("drift-retention")
        try await stack.client.logs.putRetentionPolicy(
            logGroupName: stack.physicalId("XRayLogGroup")!, retentionInDays: 7)
        let report = try await Support.drift(stack)
        Support.expectOnly(report, "XRayLogGroup", "/Resources/XRayLogGroup/Properties/RetentionInDays")
        #expect(report.findings.first?.expected == .number("30"))
        #expect(report.findings.first?.actual == .number("7"))
        #expect(report.findings.count == 1)
    }

    @Test func logGroupDeleted() async throws {
        let stack = try await Support.deploy("drift-logdeleted")
        let name = stack.physicalId("DataIngestionLogGroup")!
        try await stack.client.logs.deleteLogGroup(logGroupName: name)
        let report = try await Support.drift(stack)
        Support.expectOnly(report, "DataIngestionLogGroup", "/Resources/DataIngestionLogGroup", kind: .resourceDeleted)
        #expect(report.findings.map(\.explanation) == ["CloudWatch Logs has no log group \(name)"])
    }

    @Test func scalingPolicyTargetValueChanged() async throws {
        let stack = try await Support.deploy("drift-policy")
        let scaling = stack.client.applicationAutoScaling
        let arn = stack.physicalId("TransactionProcessingScalingPolicy")!
        var policy = try #require(try await scaling.describeScalingPolicies().first { $0.policyARN == arn })
        policy.targetTrackingScalingPolicyConfiguration?.targetValue = 55
        _ = try await scaling.putScalingPolicy(policy)
        let report = try await Support.drift(stack)
        let path =
            "/Resources/TransactionProcessingScalingPolicy/Properties/"
            + "TargetTrackingScalingPolicyConfiguration/TargetValue"
        Support.expectOnly(report, "TransactionProcessingScalingPolicy", path)
        #expect(report.findings.map(\.path) == [path])
        #expect(report.findings.first?.actual == .number("55"))
    }

    @Test func desiredCountMovedWithinBoundsIsNotDrift() async throws {
        let stack = try await Support.deploy("drift-scaled")
        _ = try await stack.client.ecs.updateService(
            cluster: Support.cluster(stack), service: stack.physicalId("ReportGenerationService")!, desiredCount: 5)
        let report = try await Support.drift(stack)
        #expect(report.status == .inSync, "\(Support.render(report))")
        #expect(
            report.notes.contains { $0.hasPrefix("ReportGenerationService DesiredCount is 5 (template 2), within") })
    }

    @Test func desiredCountOutsideBoundsIsDrift() async throws {
        let stack = try await Support.deploy("drift-overscaled")
        _ = try await stack.client.ecs.updateService(
            cluster: Support.cluster(stack), service: stack.physicalId("DataIngestionService")!, desiredCount: 11)
        let report = try await Support.drift(stack)
        Support.expectOnly(report, "DataIngestionService", "/Resources/DataIngestionService/Properties/DesiredCount")
        #expect(report.findings.first?.actual == .number("11"))
    }

    @Test func scalableTargetMinimumChanged() async throws {
        let stack = try await Support.deploy("drift-mincap")
        let scaling = stack.client.applicationAutoScaling
        let id = stack.physicalId("DataIngestionScalableTarget")!
        let resource = String(id.split(separator: "|")[0])
        var target = try #require(try await scaling.describeScalableTargets(resourceIds: [resource]).first)
        target.minCapacity = 1
        try await scaling.registerScalableTarget(target)
        let report = try await Support.drift(stack)
        Support.expectOnly(
            report, "DataIngestionScalableTarget", "/Resources/DataIngestionScalableTarget/Properties/MinCapacity")
        #expect(report.findings.count == 1)
    }
}
