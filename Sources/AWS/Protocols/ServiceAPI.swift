/// How one service speaks on the wire, beside what endpoint resolution knows about it (`AWSService`).
public struct ServiceAPI: Sendable, Hashable {
    public enum Wire: Sendable, Hashable {
        /// Form-encoded POST `Action=...&Version=...`, XML answers.
        case query(version: String)
        /// JSON 1.1: POST with `X-Amz-Target: <prefix>.<Operation>`.
        case json(targetPrefix: String)
        /// REST with XML errors (S3): the request is built by the operation itself.
        case rest
    }

    public var service: AWSService
    public var wire: Wire
    /// JSON member names start with a capital (`ServiceNamespace`): Application Auto Scaling does that.
    public var pascalCaseJSON: Bool
    /// How requests are signed: the defaults for every service but S3.
    public var signing: SigV4Signer.Options

    public init(
        service: AWSService, wire: Wire, pascalCaseJSON: Bool = false, signing: SigV4Signer.Options = .init()
    ) {
        self.service = service
        self.wire = wire
        self.pascalCaseJSON = pascalCaseJSON
        self.signing = signing
    }

    public static let cloudFormation = ServiceAPI(service: .cloudFormation, wire: .query(version: "2010-05-15"))
    public static let ecs = ServiceAPI(service: .ecs, wire: .json(targetPrefix: "AmazonEC2ContainerServiceV20141113"))
    public static let elasticLoadBalancingV2 = ServiceAPI(
        service: .elasticLoadBalancingV2, wire: .query(version: "2015-12-01"))
    public static let applicationAutoScaling = ServiceAPI(
        service: .applicationAutoScaling, wire: .json(targetPrefix: "AnyScaleFrontendService"), pascalCaseJSON: true)
    public static let cloudWatchLogs = ServiceAPI(service: .cloudWatchLogs, wire: .json(targetPrefix: "Logs_20140328"))
    public static let iam = ServiceAPI(service: .iam, wire: .query(version: "2010-05-08"))
    public static let ec2 = ServiceAPI(service: .ec2, wire: .query(version: "2016-11-15"))
    public static let sts = ServiceAPI(service: .sts, wire: .query(version: "2011-06-15"))
}
