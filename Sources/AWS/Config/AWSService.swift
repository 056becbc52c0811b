import TextBasics
/// Everything stackcheck knows about one AWS service, in one place: how its endpoint is found and named,
/// how requests are signed, how it speaks on the wire and how it pages. The services are listed in
/// `AWSService+Catalog.swift`; each service lists its operations (`ServiceOperation`).
public struct AWSService: Sendable, Hashable {
    /// How a service speaks on the wire.
    public enum Wire: Sendable, Hashable {
        /// Form-encoded POST `Action=...&Version=...`, XML answers.
        case query(version: String, paging: QueryPaging)
        /// JSON 1.1: POST with `X-Amz-Target: <prefix>.<Operation>`; `pageToken` names the request's token.
        case json(targetPrefix: String, pascalCase: Bool, pageToken: String)
        /// REST with XML errors (S3): the request is built by the operation itself.
        case rest
        /// Not signed with SigV4 (the IAM Identity Center portal takes a bearer token).
        case bearer
    }

    /// The SDK service id (`CloudFormation`, `Elastic Load Balancing v2`): the source of the
    /// `AWS_ENDPOINT_URL_<SERVICE>` variable and the `[services]` key names.
    public let serviceId: String
    /// The host prefix: `https://<prefix>.<region>.amazonaws.com`.
    public let endpointPrefix: String
    /// The SigV4 service name.
    public let signingName: String
    /// The prefix of the service's IAM actions: the signing name for all but a few (`tag` for tagging).
    public let iamPrefix: String
    /// Global services (IAM) have one endpoint per partition and sign for one fixed region.
    public let isGlobal: Bool
    public let wire: Wire
    /// How requests are signed: the defaults for every service but S3.
    public let signing: SigV4Signer.Options

    public init(
        serviceId: String, endpointPrefix: String, signingName: String? = nil, iamPrefix: String? = nil,
        isGlobal: Bool = false, wire: Wire = .rest, signing: SigV4Signer.Options = .init()
    ) {
        self.serviceId = serviceId
        self.endpointPrefix = endpointPrefix
        self.signingName = signingName ?? endpointPrefix
        self.iamPrefix = iamPrefix ?? signingName ?? endpointPrefix
        self.isGlobal = isGlobal
        self.wire = wire
        self.signing = signing
    }

    /// `AWS_ENDPOINT_URL_` + the service id upper-cased, spaces as underscores.
    public var endpointEnvironmentVariable: String {
        "AWS_ENDPOINT_URL_" + serviceId.uppercased().replacingText(" ", with: "_")
    }

    /// The key of this service in a config file `[services NAME]` section: lower-cased, underscores.
    public var configKey: String {
        serviceId.lowercased().replacingText(" ", with: "_")
    }
}

/// How a query-protocol service pages: the request parameter that carries the token, the answer's
/// element that holds the next one, and (IAM) the flag that says whether there is a next page at all.
public struct QueryPaging: Sendable, Hashable {
    public var request: String
    public var response: String
    public var truncatedFlag: String?

    public static let nextToken = QueryPaging(request: "NextToken", response: "NextToken")
    /// EC2 answers in lower camel case.
    public static let ec2 = QueryPaging(request: "NextToken", response: "nextToken")
    public static let marker = QueryPaging(request: "Marker", response: "NextMarker")
    public static let iam = QueryPaging(request: "Marker", response: "Marker", truncatedFlag: "IsTruncated")

    /// The token for the next page in `result`, or nil on the last page.
    func next(in result: XMLTree) -> String? {
        if let truncatedFlag, result.bool(truncatedFlag) != true { return nil }
        return result.string(response).flatMap { $0.isEmpty ? nil : $0 }
    }
}
