/// Elastic Load Balancing v2 (query protocol), typed.
public struct ELBv2: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) { self.client = client }

    /// Load balancers by ARN (all of the account's when empty); follows NextMarker.
    public func describeLoadBalancers(arns: [String] = [], names: [String] = []) async throws -> [LoadBalancer] {
        var query = QueryParameters()
        query.list("LoadBalancerArns", arns)
        query.list("Names", names)
        return try await client.queryPages(Operation.describeLoadBalancers, query) {
            $0.list("LoadBalancers", LoadBalancer.init)
        }
    }

    public func describeListeners(loadBalancerArn: String) async throws -> [Listener] {
        try await client.queryPages(Operation.describeListeners, QueryParameters(["LoadBalancerArn": loadBalancerArn]))
        {
            $0.list("Listeners", Listener.init)
        }
    }

    /// Target groups by ARN, or those of one load balancer.
    public func describeTargetGroups(arns: [String] = [], loadBalancerArn: String? = nil) async throws -> [TargetGroup]
    {
        var query = QueryParameters(["LoadBalancerArn": loadBalancerArn])
        query.list("TargetGroupArns", arns)
        return try await client.queryPages(Operation.describeTargetGroups, query) {
            $0.list("TargetGroups", TargetGroup.init)
        }
    }

    public func describeTargetHealth(targetGroupArn: String) async throws -> [TargetHealth] {
        let query = QueryParameters(["TargetGroupArn": targetGroupArn])
        return try await client.query(Operation.describeTargetHealth, query).list(
            "TargetHealthDescriptions", TargetHealth.init)
    }

    /// The ARNs of a listener's rules, default rule included.
    public func describeRuleArns(listenerArn: String) async throws -> [(arn: String, isDefault: Bool)] {
        try await client.queryPages(Operation.describeRules, QueryParameters(["ListenerArn": listenerArn])) {
            $0.list("Rules") { ($0.string("RuleArn") ?? "", $0.string("IsDefault") == "true") }
        }
    }
}

extension AWSClient {
    public var elbv2: ELBv2 { ELBv2(client: self) }
}
