/// The Elastic Load Balancing v2 operations commands declare (see `AWSOperation`): reads only, and
/// ELB's Describe* actions cannot be scoped to a resource.
extension ELBv2 {
    public enum Operation {
        public static let describeLoadBalancers = AWSOperation(
            .elasticLoadBalancingV2, "DescribeLoadBalancers", .elbDescribe)
        public static let describeLoadBalancerAttributes = AWSOperation(
            .elasticLoadBalancingV2, "DescribeLoadBalancerAttributes", .elbDescribe)
        public static let describeListeners = AWSOperation(.elasticLoadBalancingV2, "DescribeListeners", .elbDescribe)
        public static let describeTargetGroups = AWSOperation(
            .elasticLoadBalancingV2, "DescribeTargetGroups", .elbDescribe)
        public static let describeTargetHealth = AWSOperation(
            .elasticLoadBalancingV2, "DescribeTargetHealth", .elbDescribe)
        public static let describeTargetGroupAttributes = AWSOperation(
            .elasticLoadBalancingV2, "DescribeTargetGroupAttributes", .elbDescribe)
        public static let describeTags = AWSOperation(.elasticLoadBalancingV2, "DescribeTags", .elbDescribe)
        public static let describeRules = AWSOperation(.elasticLoadBalancingV2, "DescribeRules", .elbDescribe)
    }
}
