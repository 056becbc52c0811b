import AWS
import Template
import TemplateDiff

/// `AWS::ElasticLoadBalancingV2::TargetGroup`: from DescribeTargetGroups (its physical id is the ARN).
struct TargetGroupChecker: ResourceChecker {
    let resourceType = "AWS::ElasticLoadBalancingV2::TargetGroup"
    let operations = ELBv2.Operation.list(.describeTargetGroups, .describeTags, .describeTargetGroupAttributes)

    func operations(for properties: Mapping) -> [AWSOperation] {
        ELBv2.Operation.list(.describeTargetGroups)
            + (properties["Tags"] == nil ? [] : ELBv2.Operation.list(.describeTags))
            + (properties["TargetGroupAttributes"] == nil ? [] : ELBv2.Operation.list(.describeTargetGroupAttributes))
    }
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
        let found: [ELBv2.TargetGroup]
        do {
            found = try await client.elbv2.describeTargetGroups(arns: [target.physicalId])
        } catch let error as AWSError where error.code == .targetGroupNotFound {
            return .deleted("Elastic Load Balancing has no target group \(target.physicalId)")
        }
        guard let group = found.first else {
            return .deleted("Elastic Load Balancing has no target group \(target.physicalId)")
        }
        var shape = Shape()
        shape.set("Name", group.name)
        shape.set("Port", group.port)
        shape.set("Protocol", group.protocol)
        shape.set("TargetType", group.targetType)
        shape.set("VpcId", group.vpcId)
        shape.set("HealthCheckEnabled", group.healthCheckEnabled)
        shape.set("HealthCheckProtocol", group.healthCheckProtocol)
        shape.set("HealthCheckPort", group.healthCheckPort)
        shape.set("HealthCheckPath", group.healthCheckPath)
        shape.set("HealthCheckIntervalSeconds", group.healthCheckIntervalSeconds)
        shape.set("HealthCheckTimeoutSeconds", group.healthCheckTimeoutSeconds)
        shape.set("HealthyThresholdCount", group.healthyThresholdCount)
        shape.set("UnhealthyThresholdCount", group.unhealthyThresholdCount)
        if let code = group.matcherHttpCode {
            var matcher = Shape()
            matcher.set("HttpCode", code)
            shape.set("Matcher", matcher)
        }
        var live = LiveResource(properties: shape.mapping)
        live.attributes = attributes(physicalId: target.physicalId, pseudo: target.resolver.context.pseudo)
        live.attributes["LoadBalancerArns"] = .list(group.loadBalancerArns.map { .string($0) })
        if KeyValueProperties.isSet("Tags", in: target) {
            let tags = try await client.elbv2.describeTags(arns: [target.physicalId])[target.physicalId] ?? []
            live.properties["Tags"] = KeyValueProperties.live(tags, for: "Tags", in: target)
        }
        if KeyValueProperties.isSet("TargetGroupAttributes", in: target) {
            let attributes = try await client.elbv2.describeTargetGroupAttributes(arn: target.physicalId)
            live.properties["TargetGroupAttributes"] = KeyValueProperties.live(
                attributes.map { ($0.key, $0.value) }, for: "TargetGroupAttributes", in: target)
        }
        for name in ["Targets", "IpAddressType", "ProtocolVersion"] {
            live.unreadable[name] = "\(name) is not read from Elastic Load Balancing by stackcheck"
        }
        return live
    }
}
