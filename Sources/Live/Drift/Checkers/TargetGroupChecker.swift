import AWS
import Template
import TemplateDiff

/// `AWS::ElasticLoadBalancingV2::TargetGroup`: from DescribeTargetGroups (its physical id is the ARN).
struct TargetGroupChecker: ResourceChecker {
    let resourceType = "AWS::ElasticLoadBalancingV2::TargetGroup"
    let operations = ELBv2.Operation.list(.describeTargetGroups, .describeTags, .describeTargetGroupAttributes)

    let readsWhenSet: [String: AWSOperation] = [
        "Tags": ELBv2.Operation.describeTags.operation,
        "TargetGroupAttributes": ELBv2.Operation.describeTargetGroupAttributes.operation,
    ]
    let serviceName = "Elastic Load Balancing"
    var comparisonRules: [NormalizationRule] {
        [.keyed(by: "Key", at: "/Properties/Tags", "/Properties/TargetGroupAttributes")]
    }

    func attributes(physicalId: String, pseudo: PseudoParameters) -> [String: Node] {
        guard let arn = ARN(physicalId), arn.resourceType == "targetgroup" else { return [:] }
        return [
            "TargetGroupArn": .string(physicalId), "TargetGroupFullName": .string(arn.resource),
            "TargetGroupName": .string(arn.resourcePath.first ?? ""),
        ]
    }

    func observe(_ target: CheckTarget, client: AWSClient) async throws -> LiveResource {
        guard
            let group = try await LiveResource.only(
                missing: .targetGroupNotFound,
                { try await client.elbv2.describeTargetGroups(arns: [target.physicalId]) })
        else { return .deleted("Elastic Load Balancing has no target group \(target.physicalId)") }
        var shape = Shape([
            "Name": group.name, "Port": group.port, "Protocol": group.protocol, "TargetType": group.targetType,
            "VpcId": group.vpcId, "HealthCheckEnabled": group.healthCheckEnabled,
            "HealthCheckProtocol": group.healthCheckProtocol, "HealthCheckPort": group.healthCheckPort,
            "HealthCheckPath": group.healthCheckPath, "HealthCheckIntervalSeconds": group.healthCheckIntervalSeconds,
            "HealthCheckTimeoutSeconds": group.healthCheckTimeoutSeconds,
            "HealthyThresholdCount": group.healthyThresholdCount,
            "UnhealthyThresholdCount": group.unhealthyThresholdCount,
        ])
        if let code = group.matcherHttpCode {
            var matcher = Shape()
            matcher.set("HttpCode", code)
            shape.set("Matcher", matcher)
        }
        var live = LiveResource(properties: shape.mapping)
        live.attributes = attributes(physicalId: target.physicalId, pseudo: target.resolver.context.pseudo)
        live.attributes["LoadBalancerArns"] = .list(group.loadBalancerArns.map { .string($0) })
        try await ELBv2KeyValues.read(
            into: &live, target: target, client: client, attributes: "TargetGroupAttributes",
            { try await client.elbv2.describeTargetGroupAttributes(arn: $0) })
        live.notRead(["Targets", "IpAddressType", "ProtocolVersion"], from: "Elastic Load Balancing")
        return live
    }
}
