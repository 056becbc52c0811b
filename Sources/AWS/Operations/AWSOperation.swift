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
    /// A service whose Describe* actions IAM cannot scope to a resource.
    static func describeOnly(sid prefix: String, _ service: String) -> IAMResourceKind {
        .unscoped(
            sid: "\(prefix)DescribeHasNoResourceLevelPermissions",
            reason: "\(service) Describe* actions do not support resource-level permissions")
    }

    static let ec2Describe = describeOnly(sid: "EC2", "EC2")
    static let elbDescribe = describeOnly(sid: "ELB", "Elastic Load Balancing")
    static let scalingDescribe = describeOnly(sid: "AppAutoScaling", "Application Auto Scaling")
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
