// Added by the drift stream: the out-of-band listener and target group changes the drift tests make.
extension ELBv2 {
    /// Changes a listener's port (other settings unchanged).
    public func modifyListener(arn: String, port: Int) async throws {
        var query = QueryParameters()
        query.set("ListenerArn", arn)
        query.set("Port", port)
        _ = try await call("ModifyListener", query)
    }

    /// Changes a target group's health check path and/or interval.
    public func modifyTargetGroup(arn: String, healthCheckPath: String? = nil, healthCheckIntervalSeconds: Int? = nil)
        async throws
    {
        var query = QueryParameters()
        query.set("TargetGroupArn", arn)
        query.set("HealthCheckPath", healthCheckPath)
        query.set("HealthCheckIntervalSeconds", healthCheckIntervalSeconds)
        _ = try await call("ModifyTargetGroup", query)
    }

    /// Replaces a load balancer's security groups.
    public func setSecurityGroups(loadBalancerArn: String, securityGroups: [String]) async throws {
        var query = QueryParameters()
        query.set("LoadBalancerArn", loadBalancerArn)
        query.list("SecurityGroups", securityGroups)
        _ = try await call("SetSecurityGroups", query)
    }
}
