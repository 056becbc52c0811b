import AWS
import Foundation
import StackCheckTestSupport
import Testing

@Suite("IAM, EC2 and STS against the emulator")
struct IAMAndEC2EmulatorTests {
    @Test func roleTrustInlineAndAttachedPolicies() async throws {
        let deployment = try await GoldenDeployment.shared()
        let iam = deployment.client.iam
        let arn = deployment.output("TaskExecutionRoleArn")
        let name = String(arn.split(separator: "/").last ?? "")
        let role = try await iam.getRole(roleName: name)
        #expect(role.arn == arn)
        let trust =
            try JSONSerialization.jsonObject(with: Data((role.assumeRolePolicyDocument ?? "").utf8)) as? [String: Any]
        let statement = (trust?["Statement"] as? [[String: Any]])?.first
        #expect((statement?["Principal"] as? [String: Any])?["Service"] as? String == "ecs-tasks.amazonaws.com")

        let inline = try await iam.listRolePolicies(roleName: name)
        let expected = deployment.resource("TaskExecutionRole")["Policies"] as? [[String: Any]] ?? []
        #expect(inline == expected.compactMap { $0["PolicyName"] as? String })
        let document = try await iam.getRolePolicy(roleName: name, policyName: try #require(inline.first))
        #expect(document.contains("secretsmanager:GetSecretValue"))
        #expect(!document.contains("%22"))

        let attached = try await iam.listAttachedRolePolicies(roleName: name)
        #expect(attached.map(\.policyArn) == ["arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"])
    }

    @Test func securityGroupRulesAreReadAndChanged() async throws {
        let deployment = try await GoldenDeployment.shared()
        let resources = try await deployment.client.cloudFormation.describeStackResources(
            stackName: deployment.stackName)
        let albGroup = try #require(resources.first { $0.logicalId == "ALBSecurityGroup" }?.physicalId)
        let taskGroup = try #require(resources.first { $0.logicalId == "ECSTaskSecurityGroup" }?.physicalId)
        let ec2 = deployment.client.ec2
        let groups = try await ec2.describeSecurityGroups(groupIds: [albGroup, taskGroup])
        let alb = try #require(groups.first { $0.groupId == albGroup })
        #expect(alb.vpcId == deployment.network.vpcId)
        // (The emulator drops a CloudFormation rule's Description; the authorize below checks descriptions.)
        #expect(
            alb.ingress.map { [$0.ipProtocol, "\($0.fromPort ?? 0)", "\($0.toPort ?? 0)"] } == [["tcp", "80", "80"]])
        #expect(alb.ingress.first?.ipRanges.map(\.cidr) == ["0.0.0.0/0"])
        #expect(alb.egress.first?.ipProtocol == "-1")
        let tasks = try #require(groups.first { $0.groupId == taskGroup })
        #expect(tasks.ingress.first?.sourceGroups.map(\.id) == [albGroup])
        #expect(tasks.ingress.first?.fromPort == 8080)

        let extra = EC2.IPPermission(
            ipProtocol: "tcp", fromPort: 443, toPort: 443,
            ipRanges: [.init(cidr: "10.9.0.0/16", description: "from the test")])
        try await ec2.authorizeSecurityGroupIngress(groupId: taskGroup, permissions: [extra])
        let widened = try await ec2.describeSecurityGroups(groupIds: [taskGroup]).first
        #expect(widened?.ingress.contains { $0 == extra } == true)
        try await ec2.revokeSecurityGroupIngress(groupId: taskGroup, permissions: [extra])
        let restored = try await ec2.describeSecurityGroups(groupIds: [taskGroup]).first
        #expect(restored?.ingress.contains { $0.fromPort == 443 } == false)
    }

    @Test func callerIdentity() async throws {
        let emulator = try await Emulator.shared()
        let identity = try await emulatorClient(emulator).sts.getCallerIdentity()
        #expect(identity.account == "123456789012")
        #expect(identity.arn.hasPrefix("arn:aws:"))
        #expect(!identity.userId.isEmpty)
    }
}
