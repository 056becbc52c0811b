import AWS
import Template
import TemplateDiff

/// `AWS::ElasticLoadBalancingV2::LoadBalancer`: from DescribeLoadBalancers (its physical id is the ARN).
struct LoadBalancerChecker: ResourceChecker {
    let resourceType = "AWS::ElasticLoadBalancingV2::LoadBalancer"
    let operations = ELBv2.Operation.list(.describeLoadBalancers, .describeTags, .describeLoadBalancerAttributes)

    let readsWhenSet: [String: AWSOperation] = [
        "Tags": ELBv2.Operation.describeTags.operation,
        "LoadBalancerAttributes": ELBv2.Operation.describeLoadBalancerAttributes.operation,
    ]
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
        guard
            let balancer = try await LiveResource.only(
                missing: .loadBalancerNotFound,
                { try await client.elbv2.describeLoadBalancers(arns: [target.physicalId]) })
        else { return .deleted("Elastic Load Balancing has no load balancer \(target.physicalId)") }
        let shape = Shape([
            "Name": balancer.name, "Type": balancer.type, "Scheme": balancer.scheme, "Subnets": balancer.subnets,
            "SecurityGroups": balancer.securityGroups,
        ])
        var live = LiveResource(properties: shape.mapping)
        live.attributes = attributes(physicalId: target.physicalId, pseudo: target.resolver.context.pseudo)
        if let dns = balancer.dnsName { live.attributes["DNSName"] = .string(dns) }
        try await ELBv2KeyValues.read(
            into: &live, target: target, client: client, attributes: "LoadBalancerAttributes",
            { try await client.elbv2.describeLoadBalancerAttributes(arn: $0) })
        live.notRead(["SubnetMappings", "IpAddressType"], from: "Elastic Load Balancing")
        return live
    }
}
