/// The services stackcheck calls: one definition each.
extension AWSService {
    public static let cloudFormation = AWSService(
        serviceId: "CloudFormation", endpointPrefix: "cloudformation",
        wire: .query(version: "2010-05-15", paging: .nextToken))
    public static let ecs = AWSService(
        serviceId: "ECS", endpointPrefix: "ecs",
        wire: .json(targetPrefix: "AmazonEC2ContainerServiceV20141113", pascalCase: false, pageToken: "nextToken"))
    public static let elasticLoadBalancingV2 = AWSService(
        serviceId: "Elastic Load Balancing v2", endpointPrefix: "elasticloadbalancing",
        wire: .query(version: "2015-12-01", paging: .marker))
    /// JSON members are PascalCase (`ServiceNamespace`); Swift names are their camelCase.
    public static let applicationAutoScaling = AWSService(
        serviceId: "Application Auto Scaling", endpointPrefix: "application-autoscaling",
        wire: .json(targetPrefix: "AnyScaleFrontendService", pascalCase: true, pageToken: "NextToken"))
    public static let cloudWatchLogs = AWSService(
        serviceId: "CloudWatch Logs", endpointPrefix: "logs",
        wire: .json(targetPrefix: "Logs_20140328", pascalCase: false, pageToken: "nextToken"))
    public static let iam = AWSService(
        serviceId: "IAM", endpointPrefix: "iam", isGlobal: true, wire: .query(version: "2010-05-08", paging: .iam))
    /// EC2's own flavour of the query protocol: `Name.N` lists, lower-case XML, `<item>` members.
    public static let ec2 = AWSService(
        serviceId: "EC2", endpointPrefix: "ec2", wire: .query(version: "2016-11-15", paging: .ec2))
    public static let sts = AWSService(
        serviceId: "STS", endpointPrefix: "sts", wire: .query(version: "2011-06-15", paging: .nextToken))
    /// S3 signs its payload hash into `x-amz-content-sha256` and keeps paths as they are.
    public static let s3 = AWSService(serviceId: "S3", endpointPrefix: "s3", wire: .rest, signing: .s3)
    /// The IAM Identity Center portal (GetRoleCredentials): bearer-token calls, never SigV4-signed.
    public static let sso = AWSService(
        serviceId: "SSO", endpointPrefix: "portal.sso", signingName: "awsssoportal", wire: .bearer)
    /// Every resource carrying a tag, across services; its IAM actions are `tag:...`.
    public static let resourceGroupsTagging = AWSService(
        serviceId: "Resource Groups Tagging API", endpointPrefix: "tagging", iamPrefix: "tag",
        wire: .json(targetPrefix: "ResourceGroupsTaggingAPI_20170126", pascalCase: true, pageToken: "PaginationToken"))
}
