/// The EC2 operations commands declare (see `ServiceOperation`).
extension EC2 {
    public enum Operation: String, ServiceOperation {
        case describeSecurityGroups, describeAvailabilityZones

        public static let service = AWSService.ec2

        public var resource: IAMResourceKind { .ec2Describe }
    }
}
