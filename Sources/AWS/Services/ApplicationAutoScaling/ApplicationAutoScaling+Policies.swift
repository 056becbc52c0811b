/// Scalable targets and their scaling policies, as Application Auto Scaling describes them (tests that
/// write them change a described one, or give the few fields a registration takes).
extension ApplicationAutoScaling {
    public struct ScalableTarget: Sendable, Equatable, Codable {
        public var serviceNamespace: String
        /// `service/<cluster>/<service>` for ECS.
        public var resourceId: String
        /// `ecs:service:DesiredCount`.
        public var scalableDimension: String
        public var minCapacity: Int?
        public var maxCapacity: Int?
        public var roleARN: String?
    }

    public struct ScalingPolicy: Sendable, Equatable, Codable {
        public var policyARN: String?
        public var policyName: String
        public var serviceNamespace: String
        public var resourceId: String
        public var scalableDimension: String
        /// `TargetTrackingScaling` or `StepScaling`.
        public var policyType: String?
        public var targetTrackingScalingPolicyConfiguration: TargetTracking?
    }

    public struct TargetTracking: Sendable, Equatable, Codable {
        public var targetValue: Double?
        public var predefinedMetricSpecification: PredefinedMetric?
        public var scaleInCooldown: Int?
        public var scaleOutCooldown: Int?
        public var disableScaleIn: Bool?
    }

    public struct PredefinedMetric: Sendable, Equatable, Codable {
        /// `ECSServiceAverageCPUUtilization`, `ECSServiceAverageMemoryUtilization`, `ALBRequestCountPerTarget`.
        public var predefinedMetricType: String
        public var resourceLabel: String?
    }
}
