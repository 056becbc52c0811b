/// Tags, attributes and rules: what drift reads beyond DescribeLoadBalancers, and the changes its tests make.
extension ELBv2 {
    /// Tags by resource ARN (load balancers, target groups, listeners), up to 20 ARNs a call.
    public func describeTags(arns: [String]) async throws -> [String: [(key: String, value: String)]] {
        var tags: [String: [(key: String, value: String)]] = [:]
        for start in stride(from: 0, to: arns.count, by: 20) {
            var query = QueryParameters()
            query.list("ResourceArns", Array(arns[start..<min(start + 20, arns.count)]))
            let result = try await call("DescribeTags", query)
            for description in result["TagDescriptions"]?.members ?? [] {
                tags[description.string("ResourceArn") ?? ""] = (description["Tags"]?.members ?? []).map {
                    ($0.string("Key") ?? "", $0.string("Value") ?? "")
                }
            }
        }
        return tags
    }

    public func removeTags(arns: [String], keys: [String]) async throws {
        var query = QueryParameters()
        query.list("ResourceArns", arns)
        query.list("TagKeys", keys)
        _ = try await call("RemoveTags", query)
    }

    public func modifyLoadBalancerAttributes(arn: String, attributes: [String: String]) async throws {
        var query = QueryParameters()
        query.set("LoadBalancerArn", arn)
        query.structures("Attributes", attributes.sorted { $0.key < $1.key }) { query, prefix, pair in
            query.set("\(prefix).Key", pair.key)
            query.set("\(prefix).Value", pair.value)
        }
        _ = try await call("ModifyLoadBalancerAttributes", query)
    }

    /// The target group's attributes as key -> value (`deregistration_delay.timeout_seconds` -> `300`).
    public func describeTargetGroupAttributes(arn: String) async throws -> [String: String] {
        var query = QueryParameters()
        query.set("TargetGroupArn", arn)
        let result = try await call("DescribeTargetGroupAttributes", query)
        let pairs = (result["Attributes"]?.members ?? []).map { ($0.string("Key") ?? "", $0.string("Value") ?? "") }
        return Dictionary(pairs, uniquingKeysWith: { _, last in last })
    }

    /// A listener forwarding to one target group; returns its ARN.
    public func createListener(loadBalancerArn: String, port: Int, protocol: String = "HTTP", targetGroupArn: String)
        async throws -> String
    {
        var query = QueryParameters()
        query.set("LoadBalancerArn", loadBalancerArn)
        query.set("Protocol", `protocol`)
        query.set("Port", port)
        query.set("DefaultActions.member.1.Type", "forward")
        query.set("DefaultActions.member.1.TargetGroupArn", targetGroupArn)
        let result = try await call("CreateListener", query)
        return result["Listeners"]?.members.first?.string("ListenerArn") ?? ""
    }

    /// The ARNs of a listener's rules, default rule included.
    public func describeRuleArns(listenerArn: String) async throws -> [(arn: String, isDefault: Bool)] {
        try await collectPages { marker in
            var query = QueryParameters()
            query.set("ListenerArn", listenerArn)
            query.set("Marker", marker)
            let result = try await call("DescribeRules", query)
            return Page(
                items: (result["Rules"]?.members ?? []).map {
                    ($0.string("RuleArn") ?? "", $0.string("IsDefault") == "true")
                },
                nextToken: result.string("NextMarker"))
        }
    }
}
