/// One API operation stackcheck calls, with the IAM action it needs and what IAM can scope it to.
///
/// Engines declare the operations they call (`StackLoader.operations`, `ResourceChecker.operations`, ...);
/// they run inside an `OperationScope` built from those declarations, and `AWSClient` refuses any call
/// outside it. So the list `stackcheck iam-policy` prints is the list the code is allowed to call.
public struct AWSOperation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var service: AWSService
    /// The API name as sent on the wire (`DescribeStacks`).
    public var name: String
    public var resource: IAMResourceKind

    public init(_ service: AWSService, _ name: String, _ resource: IAMResourceKind) {
        self.service = service
        self.name = name
        self.resource = resource
    }

    /// `cloudformation:DescribeStacks`: the API name under the service's IAM prefix.
    public var iamAction: String { "\(service.iamPrefix):\(name)" }

    public var description: String { iamAction }

    public static func < (left: AWSOperation, right: AWSOperation) -> Bool { left.iamAction < right.iamAction }
}

/// What IAM authorizes an operation against, as the service authorization reference lists it.
public enum IAMResourceKind: Sendable, Hashable {
    /// A CloudFormation stack: `arn:aws:cloudformation:R:A:stack/NAME/ID`.
    case stack
    /// An ECS cluster: `arn:aws:ecs:R:A:cluster/NAME`.
    case ecsCluster
    /// An ECS service: `arn:aws:ecs:R:A:service/CLUSTER/NAME`.
    case ecsService
    /// An ECS task: `arn:aws:ecs:R:A:task/CLUSTER/ID`.
    case ecsTask
    /// An IAM role: `arn:aws:iam::A:role/NAME`.
    case iamRole
    /// CloudWatch Logs list calls are authorized against the account's log groups as a whole, so a
    /// name prefix cannot narrow them (AWS names `log-group::log-stream:` as the resource).
    case logGroups
    /// No resource-level permissions: the action is only ever granted on `*`. `sid` names the
    /// statement (IAM allows letters and digits only); `reason` says why, for the text form.
    case unscoped(sid: String, reason: String)
}

extension IAMResourceKind {
    static let ec2Describe = IAMResourceKind.unscoped(
        sid: "EC2DescribeHasNoResourceLevelPermissions",
        reason: "EC2 Describe* actions do not support resource-level permissions")
    static let elbDescribe = IAMResourceKind.unscoped(
        sid: "ELBDescribeHasNoResourceLevelPermissions",
        reason: "Elastic Load Balancing Describe* actions do not support resource-level permissions")
    static let scalingDescribe = IAMResourceKind.unscoped(
        sid: "AppAutoScalingDescribeHasNoResourceLevelPermissions",
        reason: "Application Auto Scaling Describe* actions do not support resource-level permissions")
    static let ecsUnscoped = IAMResourceKind.unscoped(
        sid: "ECSActionsWithoutResourceTypes",
        reason: "ecs:DescribeTaskDefinition, ecs:ListServices and ecs:ListTasks take no resource type "
            + "(only a condition key)")
    static let cloudFormationUnscoped = IAMResourceKind.unscoped(
        sid: "CloudFormationActionsWithoutResourceTypes",
        reason: "cloudformation:DescribeStackDriftDetectionStatus takes no resource type")
    static let taggingUnscoped = IAMResourceKind.unscoped(
        sid: "TaggingReadsHaveNoResourceLevelPermissions",
        reason: "Resource Groups Tagging API actions (tag:GetResources) do not support resource-level permissions")
    static let templateUpload = IAMResourceKind.unscoped(
        sid: "TemplateUploadBucketIsChosenAtRunTime",
        reason: "s3:PutObject goes to the bucket given with --s3-bucket, known only at run time; narrow it "
            + "to arn:aws:s3:::BUCKET/PREFIX* for your bucket")
    static let stsUnscoped = IAMResourceKind.unscoped(
        sid: "STSActionsWithoutResourceTypes", reason: "STS caller-identity actions take no resource type")
}
