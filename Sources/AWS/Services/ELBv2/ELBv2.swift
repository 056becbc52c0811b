/// Elastic Load Balancing v2 (query protocol), typed.
public struct ELBv2: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) { self.client = client }

    func call(_ action: String, _ parameters: QueryParameters) async throws -> XMLTree {
        try await client.query(.elasticLoadBalancingV2, action, parameters)
    }

    /// Load balancers by ARN (all of the account's when empty); follows NextMarker.
    public func describeLoadBalancers(arns: [String] = [], names: [String] = []) async throws -> [LoadBalancer] {
        try await collectPages { marker in
            var query = QueryParameters()
            query.list("LoadBalancerArns", arns)
            query.list("Names", names)
            query.set("Marker", marker)
            let result = try await call("DescribeLoadBalancers", query)
            return Page(
                items: result["LoadBalancers"]?.members.map(LoadBalancer.init) ?? [],
                nextToken: result.string("NextMarker"))
        }
    }

    public func describeListeners(loadBalancerArn: String) async throws -> [Listener] {
        try await collectPages { marker in
            var query = QueryParameters()
            query.set("LoadBalancerArn", loadBalancerArn)
            query.set("Marker", marker)
            let result = try await call("DescribeListeners", query)
            return Page(
                items: result["Listeners"]?.members.map(Listener.init) ?? [], nextToken: result.string("NextMarker"))
        }
    }

    /// Target groups by ARN, or those of one load balancer.
    public func describeTargetGroups(arns: [String] = [], loadBalancerArn: String? = nil) async throws -> [TargetGroup]
    {
        try await collectPages { marker in
            var query = QueryParameters()
            query.list("TargetGroupArns", arns)
            query.set("LoadBalancerArn", loadBalancerArn)
            query.set("Marker", marker)
            let result = try await call("DescribeTargetGroups", query)
            return Page(
                items: result["TargetGroups"]?.members.map(TargetGroup.init) ?? [],
                nextToken: result.string("NextMarker"))
        }
    }

    public func describeTargetHealth(targetGroupArn: String) async throws -> [TargetHealth] {
        var query = QueryParameters()
        query.set("TargetGroupArn", targetGroupArn)
        let result = try await call("DescribeTargetHealth", query)
        return result["TargetHealthDescriptions"]?.members.map(TargetHealth.init) ?? []
    }

    /// The load balancer's attributes as key -> value (`idle_timeout.timeout_seconds` -> `60`).
    public func describeLoadBalancerAttributes(arn: String) async throws -> [String: String] {
        var query = QueryParameters()
        query.set("LoadBalancerArn", arn)
        let result = try await call("DescribeLoadBalancerAttributes", query)
        let pairs = (result["Attributes"]?.members ?? []).map { ($0.string("Key") ?? "", $0.string("Value") ?? "") }
        return Dictionary(pairs, uniquingKeysWith: { _, last in last })
    }

    /// Registers targets (`id`, optional port) with a target group (tests use it).
    public func registerTargets(targetGroupArn: String, targets: [(id: String, port: Int?)]) async throws {
        var query = QueryParameters()
        query.set("TargetGroupArn", targetGroupArn)
        query.structures("Targets", targets) { query, prefix, target in
            query.set("\(prefix).Id", target.id)
            query.set("\(prefix).Port", target.port)
        }
        _ = try await call("RegisterTargets", query)
    }
}

extension AWSClient {
    public var elbv2: ELBv2 { ELBv2(client: self) }
}
