/// `AWS::ApplicationAutoScaling::ScalableTarget` for an ECS service's desired count.
///
/// No `RoleARN`: Application Auto Scaling then uses its service-linked role, which the seed lists as a
/// prerequisite and AWS creates on first use.
public struct AutoScalingScalableTarget: Resource {
    public static let typeName = "AWS::ApplicationAutoScaling::ScalableTarget"

    public var cluster: ResourceRef<ECSCluster>
    public var service: ResourceRef<ECSService>
    public var capacity: ClosedRange<Int>

    public var properties: Properties {
        [
            "MaxCapacity": capacity.upperBound, "MinCapacity": capacity.lowerBound,
            "ResourceId": "service/\(cluster.name)/\(service.name)" as Str,
            "ScalableDimension": "ecs:service:DesiredCount", "ServiceNamespace": "ecs",
        ]
    }
}

extension ResourceRef where R == AutoScalingScalableTarget {
    /// `Ref` of a scalable target is its id, which is what a scaling policy's `ScalingTargetId` takes.
    public var id: Str { ref }
}
