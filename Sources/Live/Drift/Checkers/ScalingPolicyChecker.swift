import AWS
import Template

/// `AWS::ApplicationAutoScaling::ScalingPolicy`: DescribeScalingPolicies of its scalable target,
/// found by ARN (its physical id), else by name on the same scalable target: Application Auto Scaling
/// keys policies by name (PutScalingPolicy on an existing name updates that policy).
struct ScalingPolicyChecker: ResourceChecker {
    let resourceType = "AWS::ApplicationAutoScaling::ScalingPolicy"
    let operations = ApplicationAutoScaling.Operation.list(.describeScalingPolicies)
    let serviceName = "Application Auto Scaling"

    func attributes(physicalId: String, pseudo: PseudoParameters) -> [String: Node] { ["Arn": .string(physicalId)] }

    func observe(_ target: CheckTarget, client: AWSClient) async throws -> LiveResource {
        let key = target.string("ScalingTargetId").flatMap { ScalableTargetChecker.Key(physicalId: $0) }
        let namespace = key?.namespace ?? target.string("ServiceNamespace") ?? "ecs"
        let resource = key?.resourceId ?? target.string("ResourceId")
        let policies = try await client.applicationAutoScaling.describeScalingPolicies(
            serviceNamespace: namespace, resourceId: resource)
        let name = target.string("PolicyName")
        guard
            let policy = policies.first(where: { $0.policyARN == target.physicalId })
                ?? policies.first(where: {
                    $0.policyName == name && (key == nil || $0.scalableDimension == key?.dimension)
                })
        else {
            return .deleted("Application Auto Scaling has no scaling policy \(target.physicalId)")
        }
        var shape = Shape([
            "PolicyName": policy.policyName, "PolicyType": policy.policyType, "ResourceId": policy.resourceId,
            "ScalableDimension": policy.scalableDimension, "ServiceNamespace": policy.serviceNamespace,
        ])
        shape.set(
            "ScalingTargetId",
            ScalableTargetChecker.Key(
                resourceId: policy.resourceId, dimension: policy.scalableDimension, namespace: policy.serviceNamespace
            ).physicalId)
        if let tracking = policy.targetTrackingScalingPolicyConfiguration {
            var config = Shape([
                "TargetValue": tracking.targetValue, "ScaleInCooldown": tracking.scaleInCooldown,
                "ScaleOutCooldown": tracking.scaleOutCooldown, "DisableScaleIn": tracking.disableScaleIn,
            ])
            if let metric = tracking.predefinedMetricSpecification {
                let spec = Shape([
                    "PredefinedMetricType": metric.predefinedMetricType, "ResourceLabel": metric.resourceLabel,
                ])
                config.set("PredefinedMetricSpecification", spec)
            }
            shape.set("TargetTrackingScalingPolicyConfiguration", config)
        }
        var live = LiveResource(properties: shape.mapping)
        live.attributes["Arn"] = .string(target.physicalId)
        live.unreadable["StepScalingPolicyConfiguration"] =
            "step scaling configuration is not read from Application Auto Scaling by stackcheck"
        let custom = target.properties["TargetTrackingScalingPolicyConfiguration"]?["CustomizedMetricSpecification"]
        if custom != nil {
            live.unreadable["TargetTrackingScalingPolicyConfiguration"] =
                "customized metric specifications are not read by stackcheck"
        }
        return live
    }
}
