import AWS

/// Listeners and targets tests add, and the out-of-band load balancer changes drift's tests make.
extension ELBv2 {
    /// A listener forwarding to one target group; returns its ARN.
    public func createListener(loadBalancerArn: String, port: Int, protocol: String = "HTTP", targetGroupArn: String)
        async throws -> String
    {
        var query = QueryParameters(["LoadBalancerArn": loadBalancerArn, "Protocol": `protocol`])
        query.set("Port", port)
        query.set("DefaultActions.member.1.Type", "forward")
        query.set("DefaultActions.member.1.TargetGroupArn", targetGroupArn)
        let result = try await client.query(.testOnly(.elasticLoadBalancingV2, "CreateListener"), query)
        return result["Listeners"]?.members.first?.string("ListenerArn") ?? ""
    }

    /// Registers targets (`id`, optional port) with a target group.
    public func registerTargets(targetGroupArn: String, targets: [(id: String, port: Int?)]) async throws {
        var query = QueryParameters(["TargetGroupArn": targetGroupArn])
        query.structures("Targets", targets) { query, prefix, target in
            query.set("\(prefix).Id", target.id)
            query.set("\(prefix).Port", target.port)
        }
        _ = try await client.query(.testOnly(.elasticLoadBalancingV2, "RegisterTargets"), query)
    }

    /// Changes a listener's port (other settings unchanged).
    public func modifyListener(arn: String, port: Int) async throws {
        var query = QueryParameters(["ListenerArn": arn])
        query.set("Port", port)
        _ = try await client.query(.testOnly(.elasticLoadBalancingV2, "ModifyListener"), query)
    }

    /// Changes a target group's health check path and/or interval.
    public func modifyTargetGroup(arn: String, healthCheckPath: String? = nil, healthCheckIntervalSeconds: Int? = nil)
        async throws
    {
        var query = QueryParameters(["TargetGroupArn": arn, "HealthCheckPath": healthCheckPath])
        query.set("HealthCheckIntervalSeconds", healthCheckIntervalSeconds)
        _ = try await client.query(.testOnly(.elasticLoadBalancingV2, "ModifyTargetGroup"), query)
    }

    /// Replaces a load balancer's security groups.
    public func setSecurityGroups(loadBalancerArn: String, securityGroups: [String]) async throws {
        var query = QueryParameters(["LoadBalancerArn": loadBalancerArn])
        query.list("SecurityGroups", securityGroups)
        _ = try await client.query(.testOnly(.elasticLoadBalancingV2, "SetSecurityGroups"), query)
    }

    public func removeTags(arns: [String], keys: [String]) async throws {
        var query = QueryParameters()
        query.list("ResourceArns", arns)
        query.list("TagKeys", keys)
        _ = try await client.query(.testOnly(.elasticLoadBalancingV2, "RemoveTags"), query)
    }

    public func modifyLoadBalancerAttributes(arn: String, attributes: [String: String]) async throws {
        var query = QueryParameters(["LoadBalancerArn": arn])
        query.structures("Attributes", attributes.sorted { $0.key < $1.key }) { query, prefix, pair in
            query.set("\(prefix).Key", pair.key)
            query.set("\(prefix).Value", pair.value)
        }
        _ = try await client.query(.testOnly(.elasticLoadBalancingV2, "ModifyLoadBalancerAttributes"), query)
    }
}
