/// The Application Auto Scaling operations commands declare (see `AWSOperation`).
extension ApplicationAutoScaling {
    public enum Operation {
        public static let describeScalableTargets = AWSOperation(
            .applicationAutoScaling, "DescribeScalableTargets", .scalingDescribe)
        public static let describeScalingActivities = AWSOperation(
            .applicationAutoScaling, "DescribeScalingActivities", .scalingDescribe)
        public static let describeScalingPolicies = AWSOperation(
            .applicationAutoScaling, "DescribeScalingPolicies", .scalingDescribe)
    }
}
