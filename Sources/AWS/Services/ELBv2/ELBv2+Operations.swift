/// The Elastic Load Balancing v2 operations commands declare (see `ServiceOperation`): reads only, and
/// ELB's Describe* actions cannot be scoped to a resource.
extension ELBv2 {
    public enum Operation: String, ServiceOperation {
        case describeLoadBalancers, describeLoadBalancerAttributes, describeListeners, describeRules
        case describeTargetGroups, describeTargetGroupAttributes, describeTargetHealth, describeTags

        public static let service = AWSService.elasticLoadBalancingV2

        public var resource: IAMResourceKind { .elbDescribe }
    }
}
