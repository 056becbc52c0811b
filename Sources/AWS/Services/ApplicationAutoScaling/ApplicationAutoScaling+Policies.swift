/// Scalable targets and their scaling policies.
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

        public init(
            serviceNamespace: String = "ecs", resourceId: String,
            scalableDimension: String = "ecs:service:DesiredCount",
            minCapacity: Int?, maxCapacity: Int?, roleARN: String? = nil
        ) {
            self.serviceNamespace = serviceNamespace
            self.resourceId = resourceId
            self.scalableDimension = scalableDimension
            self.minCapacity = minCapacity
            self.maxCapacity = maxCapacity
            self.roleARN = roleARN
        }
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

        public init(
            policyName: String, serviceNamespace: String = "ecs", resourceId: String,
            scalableDimension: String = "ecs:service:DesiredCount", policyType: String? = "TargetTrackingScaling",
            targetTrackingScalingPolicyConfiguration: TargetTracking?
        ) {
            self.policyName = policyName
            self.serviceNamespace = serviceNamespace
            self.resourceId = resourceId
            self.scalableDimension = scalableDimension
            self.policyType = policyType
            self.targetTrackingScalingPolicyConfiguration = targetTrackingScalingPolicyConfiguration
        }
    }

    public struct TargetTracking: Sendable, Equatable, Codable {
        public var targetValue: Double?
        public var predefinedMetricSpecification: PredefinedMetric?
        public var scaleInCooldown: Int?
        public var scaleOutCooldown: Int?
        public var disableScaleIn: Bool?

        public init(
            targetValue: Double?, predefinedMetricSpecification: PredefinedMetric?, scaleInCooldown: Int? = nil,
            scaleOutCooldown: Int? = nil, disableScaleIn: Bool? = nil
        ) {
            self.targetValue = targetValue
            self.predefinedMetricSpecification = predefinedMetricSpecification
            self.scaleInCooldown = scaleInCooldown
            self.scaleOutCooldown = scaleOutCooldown
            self.disableScaleIn = disableScaleIn
        }
    }

    public struct PredefinedMetric: Sendable, Equatable, Codable {
        /// `ECSServiceAverageCPUUtilization`, `ECSServiceAverageMemoryUtilization`, `ALBRequestCountPerTarget`.
        public var predefinedMetricType: String
        public var resourceLabel: String?

        public init(predefinedMetricType: String, resourceLabel: String? = nil) {
            self.predefinedMetricType = predefinedMetricType
            self.resourceLabel = resourceLabel
        }
    }
}
