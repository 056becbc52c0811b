/// The Application Auto Scaling operations commands declare (see `ServiceOperation`): reads only, and
/// its Describe* actions cannot be scoped to a resource.
extension ApplicationAutoScaling {
    public enum Operation: String, ServiceOperation {
        case describeScalableTargets, describeScalingActivities, describeScalingPolicies

        public static let service = AWSService.applicationAutoScaling

        public var resource: IAMResourceKind { .scalingDescribe }
    }
}
