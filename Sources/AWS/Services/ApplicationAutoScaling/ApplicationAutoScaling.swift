/// Application Auto Scaling (JSON 1.1 with PascalCase members; Swift names are their camelCase).
public struct ApplicationAutoScaling: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) { self.client = client }

    /// Scalable targets of a namespace (`ecs`), optionally only these resource ids
    /// (`service/cluster/name`); all pages.
    public func describeScalableTargets(serviceNamespace: String = "ecs", resourceIds: [String] = []) async throws
        -> [ScalableTarget]
    {
        var input: [String: JSONInput] = ["ServiceNamespace": .string(serviceNamespace)]
        if !resourceIds.isEmpty { input["ResourceIds"] = .strings(resourceIds) }
        return try await client.jsonPages(
            Operation.describeScalableTargets, input, list: "scalableTargets", of: ScalableTarget.self)
    }

    /// Scaling policies of a namespace, optionally of one resource; all pages.
    public func describeScalingPolicies(serviceNamespace: String = "ecs", resourceId: String? = nil) async throws
        -> [ScalingPolicy]
    {
        var input: [String: JSONInput] = ["ServiceNamespace": .string(serviceNamespace)]
        if let resourceId { input["ResourceId"] = .string(resourceId) }
        return try await client.jsonPages(
            Operation.describeScalingPolicies, input, list: "scalingPolicies", of: ScalingPolicy.self)
    }
}

extension AWSClient {
    public var applicationAutoScaling: ApplicationAutoScaling { ApplicationAutoScaling(client: self) }
}
