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
        let target = try #require(try await scaling.describeScalableTargets(resourceIds: [resource]).first)
        try await scaling.registerScalableTarget(
            resourceId: target.resourceId, minCapacity: 1, maxCapacity: try #require(target.maxCapacity))
        let report = try await Support.drift(stack)
        Support.expectOnly(
            report, "DataIngestionScalableTarget", "/Resources/DataIngestionScalableTarget/Properties/MinCapacity")
        #expect(report.findings.count == 1)
    }

    /// The region is named: moto's CloudFormation answers `Fn::GetAZs ""` with us-east-1's zones whatever
    /// the stack's region (an emulator bug, reported), which drift rightly calls drift.
    @Test func getAZsResolvesFromTheRegionsZones() async throws {
        let emulator = try await Emulator.shared()
        let client = StackFixtures.client(for: emulator)
        let body = #"""
            {"Resources": {"Zoned": {"Type": "AWS::Logs::LogGroup", "Properties": {
              "LogGroupName": {"Fn::Join": ["/", ["", "zoned", {"Fn::Select": [0, {"Fn::GetAZs": "us-east-2"}]}]]},
              "RetentionInDays": 7}}}}
            """#
        let stack = try await StackFixtures.deploy(client: client, name: "drift-azs", templateBody: body)
        let template = try TemplateReader.read(Array(body.utf8), file: "azs.json", format: .json)
        let report = try await Support.drift(stack, template: template)
        #expect(report.status == .inSync, "\(Support.render(report))")
        #expect(stack.physicalId("Zoned") == "/zoned/us-east-2a")
        #expect(
            report.coverage.contains {
                $0.path == "/Resources/Zoned/Properties/LogGroupName" && $0.state == .checked
            })
    }
}
