/// What a load balancer or target group carries beside its description: attributes and tags.
extension ELBv2 {
    /// Tags by resource ARN (load balancers, target groups, listeners), up to 20 ARNs a call.
    public func describeTags(arns: [String]) async throws -> [String: [(key: String, value: String)]] {
        let described = try await inBatches(of: 20, arns) { batch in
            var query = QueryParameters()
            query.list("ResourceArns", batch)
            return try await client.query(Operation.describeTags, query).list("TagDescriptions") { description in
                (description.string("ResourceArn") ?? "", description.list("Tags", Self.pair))
            }
        }
        return Dictionary(described, uniquingKeysWith: { _, last in last })
    }

    /// The load balancer's attributes as key -> value (`idle_timeout.timeout_seconds` -> `60`).
    public func describeLoadBalancerAttributes(arn: String) async throws -> [String: String] {
        try await attributes(Operation.describeLoadBalancerAttributes, ["LoadBalancerArn": arn])
    }

    /// The target group's attributes as key -> value (`deregistration_delay.timeout_seconds` -> `300`).
    public func describeTargetGroupAttributes(arn: String) async throws -> [String: String] {
        try await attributes(Operation.describeTargetGroupAttributes, ["TargetGroupArn": arn])
    }

    private func attributes(_ operation: Operation, _ owner: KeyValuePairs<String, String?>) async throws
        -> [String: String]
    {
        let result = try await client.query(operation, QueryParameters(owner))
        return Dictionary(result.list("Attributes", Self.pair), uniquingKeysWith: { _, last in last })
    }

    static func pair(_ xml: XMLTree) -> (key: String, value: String) {
        (xml.string("Key") ?? "", xml.string("Value") ?? "")
    }
}
