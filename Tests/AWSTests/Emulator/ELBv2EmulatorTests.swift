import AWS
import Foundation
import StackCheckTestSupport
import Testing

@Suite("ELBv2 against the emulator")
struct ELBv2EmulatorTests {
    @Test func loadBalancerListenerAndTargetGroupMatchTheTemplate() async throws {
        let deployment = try await GoldenDeployment.shared()
        let elb = deployment.client.elbv2
        let balancer = try #require(
            try await elb.describeLoadBalancers(arns: [deployment.output("LoadBalancerArn")]).first)
        #expect(balancer.dnsName == deployment.output("LoadBalancerDNS"))
        #expect(balancer.scheme == deployment.resource("ApplicationLoadBalancer")["Scheme"] as? String)
        #expect(balancer.type == "application")
        #expect(Set(balancer.subnets) == Set(deployment.network.publicSubnetIds))
        #expect(balancer.securityGroups.count == 1)
        #expect(try await elb.describeLoadBalancers().contains { $0.arn == balancer.arn })

        let listener = try #require(try await elb.describeListeners(loadBalancerArn: balancer.arn).first)
        #expect(listener.port == deployment.resource("ALBListener")["Port"] as? Int)
        #expect(listener.protocol == "HTTP")
        #expect(listener.defaultActions.first?.type == "forward")
        #expect(listener.defaultActions.first?.targetGroupArn == deployment.output("TargetGroupArn"))

        let group = try #require(try await elb.describeTargetGroups(loadBalancerArn: balancer.arn).first)
        let expected = deployment.resource("ALBTargetGroup")
        #expect(group.arn == deployment.output("TargetGroupArn"))
        #expect(group.port == expected["Port"] as? Int)
        #expect(group.targetType == expected["TargetType"] as? String)
        #expect(group.vpcId == deployment.network.vpcId)
        #expect(group.healthCheckPath == expected["HealthCheckPath"] as? String)
        #expect(group.healthyThresholdCount == expected["HealthyThresholdCount"] as? Int)
        #expect(group.matcherHttpCode == "200")
        #expect(try await elb.describeTargetGroups(arns: [group.arn]).map(\.arn) == [group.arn])

        let attributes = try await elb.describeLoadBalancerAttributes(arn: balancer.arn)
        #expect(attributes["deletion_protection.enabled"] == "false")
    }

    @Test func registeredTargetsReportHealth() async throws {
        let deployment = try await GoldenDeployment.shared()
        let elb = deployment.client.elbv2
        let group = deployment.output("TargetGroupArn")
        try await elb.registerTargets(targetGroupArn: group, targets: [("10.0.1.17", 8080)])
        let health = try await elb.describeTargetHealth(targetGroupArn: group)
        let target = try #require(health.first { $0.targetId == "10.0.1.17" })
        #expect(target.port == 8080)
        #expect(target.state == "healthy")
    }
}
