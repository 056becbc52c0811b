/// Application Auto Scaling (JSON 1.1 with PascalCase members; Swift names are their camelCase).
public struct ApplicationAutoScaling: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) { self.client = client }

    /// Scalable targets of a namespace (`ecs`), optionally only these resource ids
    /// (`service/cluster/name`); all pages.
    public func describeScalableTargets(serviceNamespace: String = "ecs", resourceIds: [String] = []) async throws
        -> [ScalableTarget]
    {
        try await collectPages { token in
            var input: [String: JSONInput] = ["ServiceNamespace": .string(serviceNamespace)]
            if !resourceIds.isEmpty { input["ResourceIds"] = .strings(resourceIds) }
            if let token { input["NextToken"] = .string(token) }
            let output = try await client.json(
                .applicationAutoScaling, "DescribeScalableTargets", input, as: TargetsOutput.self)
            return Page(items: output.scalableTargets ?? [], nextToken: output.nextToken)
        }
    }

    /// Scaling policies of a namespace, optionally of one resource; all pages.
    public func describeScalingPolicies(serviceNamespace: String = "ecs", resourceId: String? = nil) async throws
        -> [ScalingPolicy]
    {
        try await collectPages { token in
            var input: [String: JSONInput] = ["ServiceNamespace": .string(serviceNamespace)]
            if let resourceId { input["ResourceId"] = .string(resourceId) }
            if let token { input["NextToken"] = .string(token) }
            let output = try await client.json(
                .applicationAutoScaling, "DescribeScalingPolicies", input, as: PoliciesOutput.self)
            return Page(items: output.scalingPolicies ?? [], nextToken: output.nextToken)
        }
    }

    /// Creates or replaces a scaling policy; returns its ARN.
    public func putScalingPolicy(_ policy: ScalingPolicy) async throws -> String {
        let output = try await client.json(
            .applicationAutoScaling, "PutScalingPolicy", policy.input, as: PutPolicyOutput.self)
        return output.policyARN ?? ""
    }

    public func registerScalableTarget(_ target: ScalableTarget) async throws {
        _ = try await client.json(.applicationAutoScaling, "RegisterScalableTarget", target, as: EmptyOutput.self)
    }
}

extension AWSClient {
    public var applicationAutoScaling: ApplicationAutoScaling { ApplicationAutoScaling(client: self) }
}

/// For operations that answer `{}` (or nothing at all).
struct EmptyOutput: Decodable {}
