import Template

/// `AWS::ApplicationAutoScaling::ScalingPolicy` of type `TargetTrackingScaling`.
///
/// Target tracking scales both ways from one target: it adds tasks when the metric stays above the target
/// and removes them when it stays well below (the alarms it creates itself), so no separate scale-in
/// policy or alarm resource is needed.
public struct AutoScalingScalingPolicy: Resource {
    public static let typeName = "AWS::ApplicationAutoScaling::ScalingPolicy"

    public enum Metric: String, TemplateConstant {
        case ecsServiceAverageCPUUtilization = "ECSServiceAverageCPUUtilization"
        case ecsServiceAverageMemoryUtilization = "ECSServiceAverageMemoryUtilization"
    }

    public var policyName: Str
    public var target: ResourceRef<AutoScalingScalableTarget>
    public var metric: Metric
    public var targetValue: Int
    public var scaleOutCooldownSeconds: Int
    public var scaleInCooldownSeconds: Int

    public var properties: Properties {
        let configuration: Properties = [
            "PredefinedMetricSpecification": ["PredefinedMetricType": metric] as Properties,
            "TargetValue": targetValue, "ScaleOutCooldown": scaleOutCooldownSeconds,
            "ScaleInCooldown": scaleInCooldownSeconds, "DisableScaleIn": false,
        ]
        return [
            "PolicyName": policyName, "PolicyType": "TargetTrackingScaling", "ScalingTargetId": target.id,
            "TargetTrackingScalingPolicyConfiguration": configuration,
        ]
    }
}

extension ResourceRef where R == AutoScalingScalingPolicy {
    /// `Ref` of a scaling policy is its ARN.
    public var arn: Str { ref }
}
