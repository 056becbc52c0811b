import AWS
import Live
import Report
import StackCheckTestSupport
import Template
import Testing

/// At least one out-of-band change per resource type of the golden, each reported at its resource and
/// property and nowhere else.
@Suite(.serialized) struct DriftResourceTypeTests {
    typealias Support = DriftTestSupport

    @Test func clusterContainerInsightsDisabled() async throws {
        let stack = try await Support.deploy("drift-insights")
        _ = try await stack.client.ecs.updateClusterSettings(
            cluster: Support.cluster(stack), settings: ["containerInsights": "disabled"])
        let report = try await Support.drift(stack)
        Support.expectOnly(report, "ECSCluster", "/Resources/ECSCluster/Properties/ClusterSettings/0/Value")
        #expect(report.findings.first?.expected == .string("enabled"))
        #expect(report.findings.first?.actual == .string("disabled"))
    }

    @Test func securityGroupIngressRevoked() async throws {
        let stack = try await Support.deploy("drift-ingress")
        let group = stack.physicalId("ALBSecurityGroup")!
        try await stack.client.ec2.revokeSecurityGroupIngress(
            groupId: group,
            permissions: [
                EC2.IPPermission(
                    ipProtocol: "tcp", fromPort: 80, toPort: 80, ipRanges: [EC2.Source(cidr: "0.0.0.0/0")])
            ])
        let report = try await Support.drift(stack)
        Support.expectOnly(report, "ALBSecurityGroup", "/Resources/ALBSecurityGroup/Properties/SecurityGroupIngress")
        // The one engine reports the member the set lost, at its index in the template, as `diff` does.
        #expect(
            report.findings.map(\.path) == ["/Resources/ALBSecurityGroup/Properties/SecurityGroupIngress/0"])
        #expect(report.findings.first?.expected?["CidrIp"] == .string("0.0.0.0/0"))
        #expect(report.findings.first?.actual == nil)
    }

    @Test func securityGroupIngressAdded() async throws {
        let stack = try await Support.deploy("drift-ingress-added")
        try await stack.client.ec2.authorizeSecurityGroupIngress(
            groupId: stack.physicalId("ECSTaskSecurityGroup")!,
            permissions: [
                EC2.IPPermission(
                    ipProtocol: "tcp", fromPort: 22, toPort: 22, ipRanges: [EC2.Source(cidr: "10.0.0.0/8")])
            ])
        let report = try await Support.drift(stack)
        // A rule beside the group's own is unmanaged (made outside the stack), not a change of the group.
        #expect(report.status == .drifted, "\(Support.render(report))")
        #expect(report.findings.count == 1, "\(Support.render(report))")
        let finding = try #require(report.findings.first)
        #expect(finding.kind == .unmanaged)
        #expect(finding.resourceType == "AWS::EC2::SecurityGroupIngress")
        #expect(finding.path == "/Resources/ECSTaskSecurityGroup/Properties/SecurityGroupIngress")
        #expect(finding.logicalId == "\(stack.physicalId("ECSTaskSecurityGroup")!) ingress tcp 22 22 10.0.0.0/8")
    }

    @Test func serviceMovedToAnotherTaskDefinitionRevision() async throws {
        let stack = try await Support.deploy("drift-taskdef")
        let ecs = stack.client.ecs
        let registered = try await ecs.describeTaskDefinition(stack.physicalId("DataIngestionTaskDefinition")!)
        // A newer revision of the family is not drift of the stack's own revision...
        let newer = try await ecs.registerTaskDefinition(
            family: registered.family!, containerName: "data-ingestion", image: "x/di:2", memory: 512)
        let untouched = try await Support.drift(stack)
        #expect(untouched.status == .inSync, "\(Support.render(untouched))")
        // ...until the service runs it.
        _ = try await ecs.updateService(
            cluster: Support.cluster(stack), service: stack.physicalId("DataIngestionService")!,
            taskDefinition: newer.taskDefinitionArn!)
        let report = try await Support.drift(stack)
        #expect(report.status == .drifted)
        #expect(report.findings.first?.path == "/Resources/DataIngestionService/Properties/TaskDefinition")
        #expect(report.findings.first?.actual == .string(newer.taskDefinitionArn!))
        // The revision it runs is compared with what the template registers, container by container, at
        // pointers under the task definition resource, with both values.
        let inside = report.findings.dropFirst()
        #expect(inside.allSatisfy { $0.logicalId == "DataIngestionTaskDefinition" && $0.kind == .propertyChanged })
        let containers = "/Resources/DataIngestionTaskDefinition/Properties/ContainerDefinitions"
        let image = inside.first { $0.path == containers + "/0/Image" }
        #expect(image?.actual == .string("x/di:2"))
        #expect(image?.expected == .string("123456789012.dkr.ecr.us-east-2.amazonaws.com/data-ingestion:latest"))
        #expect(
            inside.contains { $0.path == containers + "/1" && $0.actual == nil }, "the revision has no X-Ray container")
    }

    @Test func taskDefinitionRevisionDeregistered() async throws {
        let stack = try await Support.deploy("drift-deregistered")
        let arn = stack.physicalId("ReportGenerationTaskDefinition")!
        try await stack.client.ecs.deregisterTaskDefinition(arn)
        let report = try await Support.drift(stack)
        Support.expectOnly(
            report, "ReportGenerationTaskDefinition", "/Resources/ReportGenerationTaskDefinition",
            kind: .resourceDeleted)
        #expect(report.findings.map(\.explanation) == ["task definition \(arn) is INACTIVE (deregistered)"])
    }

    @Test func listenerPortChanged() async throws {
        let stack = try await Support.deploy("drift-listener")
        try await stack.client.elbv2.modifyListener(arn: stack.physicalId("ALBListener")!, port: 8081)
        let report = try await Support.drift(stack)
        Support.expectOnly(report, "ALBListener", "/Resources/ALBListener/Properties/Port")
        #expect(report.findings.first?.actual == .number("8081"))
    }

    @Test func targetGroupHealthCheckChanged() async throws {
        let stack = try await Support.deploy("drift-healthcheck")
        try await stack.client.elbv2.modifyTargetGroup(
            arn: stack.physicalId("ALBTargetGroup")!, healthCheckPath: "/other")
        let report = try await Support.drift(stack)
        Support.expectOnly(report, "ALBTargetGroup", "/Resources/ALBTargetGroup/Properties/HealthCheckPath")
        #expect(report.findings.first?.actual == .string("/other"))
    }

    @Test func loadBalancerSecurityGroupsReplaced() async throws {
        let stack = try await Support.deploy("drift-albsg")
        try await stack.client.elbv2.setSecurityGroups(
            loadBalancerArn: stack.physicalId("ApplicationLoadBalancer")!,
            securityGroups: [stack.physicalId("ECSTaskSecurityGroup")!])
        let report = try await Support.drift(stack)
        Support.expectOnly(
            report, "ApplicationLoadBalancer", "/Resources/ApplicationLoadBalancer/Properties/SecurityGroups")
    }

    @Test func inlinePolicyChanged() async throws {
        let stack = try await Support.deploy("drift-inline")
        let document = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:*"],"Resource":["*"]}]}"#
        try await stack.client.iam.putRolePolicy(
            roleName: stack.physicalId("TaskRole")!, policyName: "batch-processing", document: document)
        let report = try await Support.drift(stack)
        Support.expectOnly(report, "TaskRole", "/Resources/TaskRole/Properties/Policies/0/PolicyDocument")
    }

    @Test func managedPolicyDetached() async throws {
        let stack = try await Support.deploy("drift-managed")
        try await stack.client.iam.detachRolePolicy(
            roleName: stack.physicalId("TaskExecutionRole")!,
            policyArn: "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy")
        let report = try await Support.drift(stack)
        Support.expectOnly(report, "TaskExecutionRole", "/Resources/TaskExecutionRole/Properties/ManagedPolicyArns")
        #expect(report.findings.map(\.path) == ["/Resources/TaskExecutionRole/Properties/ManagedPolicyArns/0"])
        #expect(
            report.findings.first?.expected
                == .string("arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"))
        #expect(report.findings.first?.actual == nil)
    }
}
