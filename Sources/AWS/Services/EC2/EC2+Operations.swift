/// The EC2 operations commands declare (see `AWSOperation`).
extension EC2 {
    public enum Operation {
        public static let describeSecurityGroups = AWSOperation(.ec2, "DescribeSecurityGroups", .ec2Describe)
        public static let describeAvailabilityZones = AWSOperation(.ec2, "DescribeAvailabilityZones", .ec2Describe)
    }
}
