import FoundationEssentials

/// What Application Auto Scaling did to a resource, newest first (DescribeScalingActivities), as the
/// seed README's "Monitor auto-scaling activities" command shows it.
extension ApplicationAutoScaling {
    public struct ScalingActivity: Sendable, Equatable, Codable {
        public var activityId: String?
        public var resourceId: String?
        /// `Setting desired count to 3.`
        public var description: String?
        /// Why: `monitor alarm ... in state ALARM triggered policy ...`, `minimum capacity was set to 3`.
        public var cause: String?
        /// `Successful`, `Failed`, `InProgress`, `Pending`, `Unfulfilled`, `Overridden`.
        public var statusCode: String?
        public var statusMessage: String?
        public var startTime: Date?
        public var endTime: Date?
    }

    /// The latest activities of a namespace, optionally of one resource (`service/cluster/name`); at most
    /// `limit`, one page (the newest are on the first).
    public func describeScalingActivities(serviceNamespace: String = "ecs", resourceId: String? = nil, limit: Int = 10)
        async throws -> [ScalingActivity]
    {
        var input: [String: JSONInput] = [
            "ServiceNamespace": .string(serviceNamespace), "MaxResults": .int(min(max(limit, 1), 50)),
        ]
        if let resourceId { input["ResourceId"] = .string(resourceId) }
        let output = try await client.json(Operation.describeScalingActivities, input, as: ActivitiesOutput.self)
        return Array((output.scalingActivities ?? []).prefix(limit))
    }

    struct ActivitiesOutput: Decodable {
        var scalingActivities: [ScalingActivity]?
    }
}
