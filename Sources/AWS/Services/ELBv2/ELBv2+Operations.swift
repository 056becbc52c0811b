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
    }
}
