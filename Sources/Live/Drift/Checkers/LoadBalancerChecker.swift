import AWS
import Template
import TemplateDiff

/// `AWS::ElasticLoadBalancingV2::LoadBalancer`: from DescribeLoadBalancers (its physical id is the ARN).
struct LoadBalancerChecker: ResourceChecker {
    let resourceType = "AWS::ElasticLoadBalancingV2::LoadBalancer"
    let operations = ELBv2.Operation.list(.describeLoadBalancers, .describeTags, .describeLoadBalancerAttributes)

    func operations(for properties: Mapping) -> [AWSOperation] {
        ELBv2.Operation.list(.describeLoadBalancers)
            + (properties["Tags"] == nil ? [] : ELBv2.Operation.list(.describeTags))
            + (properties["LoadBalancerAttributes"] == nil ? [] : ELBv2.Operation.list(.describeLoadBalancerAttributes))
    }
    let serviceName = "Elastic Load Balancing"
    var comparisonRules: [NormalizationRule] {
        [
            .set(at: "/Properties/Subnets", "/Properties/SecurityGroups"),
            .keyed(by: "Key", at: "/Properties/Tags", "/Properties/LoadBalancerAttributes"),
        ]
    }

    func attributes(physicalId: String, pseudo: PseudoParameters) -> [String: Node] {
        guard let arn = ARN(physicalId), arn.resourceType == "loadbalancer" else { return [:] }
        return [
            "LoadBalancerArn": .string(physicalId), "LoadBalancerFullName": .string(arn.resourceId),
            "LoadBalancerName": .string(arn.resourcePath.dropFirst().first ?? ""),
        ]
    }

    func observe(_ target: CheckTarget, client: AWSClient) async throws -> LiveResource {
        let found: [ELBv2.LoadBalancer]
        do {
            found = try await client.elbv2.describeLoadBalancers(arns: [target.physicalId])
        } catch let error as AWSError where error.code == .loadBalancerNotFound {
            return .deleted("Elastic Load Balancing has no load balancer \(target.physicalId)")
        }
        guard let balancer = found.first else {
            return .deleted("Elastic Load Balancing has no load balancer \(target.physicalId)")
        }
        var shape = Shape()
        shape.set("Name", balancer.name)
        shape.set("Type", balancer.type)
        shape.set("Scheme", balancer.scheme)
        shape.set("Subnets", strings: balancer.subnets)
        shape.set("SecurityGroups", strings: balancer.securityGroups)
        var live = LiveResource(properties: shape.mapping)
        live.attributes = attributes(physicalId: target.physicalId, pseudo: target.resolver.context.pseudo)
        if let dns = balancer.dnsName { live.attributes["DNSName"] = .string(dns) }
        if KeyValueProperties.isSet("Tags", in: target) {
            let tags = try await client.elbv2.describeTags(arns: [target.physicalId])[target.physicalId] ?? []
            live.properties["Tags"] = KeyValueProperties.live(tags, for: "Tags", in: target)
        }
        if KeyValueProperties.isSet("LoadBalancerAttributes", in: target) {
            let attributes = try await client.elbv2.describeLoadBalancerAttributes(arn: target.physicalId)
            live.properties["LoadBalancerAttributes"] = KeyValueProperties.live(
                attributes.map { ($0.key, $0.value) }, for: "LoadBalancerAttributes", in: target)
        }
        for name in ["SubnetMappings", "IpAddressType"] {
            live.unreadable[name] = "\(name) is not read from Elastic Load Balancing by stackcheck"
        }
        return live
    }
}
