/// The CloudFormation operations commands declare (see `ServiceOperation`). Most act on one stack, so a
/// policy can name the stack; drift detection status is looked up by detection id alone.
extension CloudFormation {
    public enum Operation: String, ServiceOperation {
        case describeStacks, listStackResources, getTemplate, describeStackEvents, deleteStack
        case detectStackDrift, describeStackDriftDetectionStatus, describeStackResourceDrifts
        case createChangeSet, describeChangeSet, executeChangeSet, deleteChangeSet, updateTerminationProtection

        public static let service = AWSService.cloudFormation

        public var resource: IAMResourceKind {
            guard self == .describeStackDriftDetectionStatus else { return .stack }
            return .unscoped(
                sid: "CloudFormationActionsWithoutResourceTypes",
                reason: "cloudformation:DescribeStackDriftDetectionStatus takes no resource type")
        }
    }
}
