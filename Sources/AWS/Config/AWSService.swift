/// What endpoint and signing resolution need to know about one AWS service.
public struct AWSService: Sendable, Hashable {
    /// The SDK service id (`CloudFormation`, `Elastic Load Balancing v2`): the source of the
    /// `AWS_ENDPOINT_URL_<SERVICE>` variable and the `[services]` key names.
    public let serviceId: String
    /// The host prefix: `https://<prefix>.<region>.amazonaws.com`.
    public let endpointPrefix: String
    /// The SigV4 service name.
    public let signingName: String
    /// Global services (IAM) have one endpoint per partition and sign for one fixed region.
    public let isGlobal: Bool

    public init(serviceId: String, endpointPrefix: String, signingName: String? = nil, isGlobal: Bool = false) {
        self.serviceId = serviceId
        self.endpointPrefix = endpointPrefix
        self.signingName = signingName ?? endpointPrefix
        self.isGlobal = isGlobal
    }

    /// `AWS_ENDPOINT_URL_` + the service id upper-cased, spaces as underscores.
    public var endpointEnvironmentVariable: String {
        "AWS_ENDPOINT_URL_" + serviceId.uppercased().replacingOccurrences(of: " ", with: "_")
    }

    /// The key of this service in a config file `[services NAME]` section: lower-cased, underscores.
    public var configKey: String {
        serviceId.lowercased().replacingOccurrences(of: " ", with: "_")
    }

    public static let cloudFormation = AWSService(serviceId: "CloudFormation", endpointPrefix: "cloudformation")
    public static let ecs = AWSService(serviceId: "ECS", endpointPrefix: "ecs")
    public static let elasticLoadBalancingV2 = AWSService(
        serviceId: "Elastic Load Balancing v2", endpointPrefix: "elasticloadbalancing")
    public static let applicationAutoScaling = AWSService(
        serviceId: "Application Auto Scaling", endpointPrefix: "application-autoscaling")
    public static let cloudWatchLogs = AWSService(serviceId: "CloudWatch Logs", endpointPrefix: "logs")
    public static let iam = AWSService(serviceId: "IAM", endpointPrefix: "iam", isGlobal: true)
    public static let ec2 = AWSService(serviceId: "EC2", endpointPrefix: "ec2")
    public static let sts = AWSService(serviceId: "STS", endpointPrefix: "sts")
    public static let s3 = AWSService(serviceId: "S3", endpointPrefix: "s3")
    /// The IAM Identity Center portal (GetRoleCredentials): bearer-token calls, never SigV4-signed.
    public static let sso = AWSService(serviceId: "SSO", endpointPrefix: "portal.sso", signingName: "awsssoportal")
}
