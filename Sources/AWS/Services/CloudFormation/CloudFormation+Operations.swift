/// The CloudFormation operations commands declare (see `AWSOperation`). Most act on one stack, so a
/// policy can name the stack; drift detection status is looked up by detection id alone.
extension CloudFormation {
    public enum Operation {
        public static let describeStacks = AWSOperation(.cloudFormation, "DescribeStacks", .stack)
        public static let listStackResources = AWSOperation(.cloudFormation, "ListStackResources", .stack)
        public static let getTemplate = AWSOperation(.cloudFormation, "GetTemplate", .stack)
        public static let describeStackEvents = AWSOperation(.cloudFormation, "DescribeStackEvents", .stack)
        public static let detectStackDrift = AWSOperation(.cloudFormation, "DetectStackDrift", .stack)
        public static let describeStackDriftDetectionStatus = AWSOperation(
            .cloudFormation, "DescribeStackDriftDetectionStatus", .cloudFormationUnscoped)
        public static let describeStackResourceDrifts = AWSOperation(
            .cloudFormation, "DescribeStackResourceDrifts", .stack)
        public static let createChangeSet = AWSOperation(.cloudFormation, "CreateChangeSet", .stack)
        public static let describeChangeSet = AWSOperation(.cloudFormation, "DescribeChangeSet", .stack)
        public static let executeChangeSet = AWSOperation(.cloudFormation, "ExecuteChangeSet", .stack)
        public static let deleteChangeSet = AWSOperation(.cloudFormation, "DeleteChangeSet", .stack)
        public static let deleteStack = AWSOperation(.cloudFormation, "DeleteStack", .stack)
        public static let updateTerminationProtection = AWSOperation(
            .cloudFormation, "UpdateTerminationProtection", .stack)
    }
}
