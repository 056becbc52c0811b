import FoundationEssentials

/// Where to send a service's requests and how to sign them.
public struct ResolvedEndpoint: Sendable, Equatable {
    /// Where the URL came from, so `--verbose`-style output and errors can say why.
    public enum Source: String, Sendable, Equatable {
        case flag = "--endpoint-url"
        case serviceEnvironment = "AWS_ENDPOINT_URL_<SERVICE>"
        case environment = "AWS_ENDPOINT_URL"
        case serviceConfig = "services endpoint_url"
        case profileConfig = "profile endpoint_url"
        case standard = "default"
    }

    public var url: URL
    public var signingRegion: String
    public var signingName: String
    public var source: Source

    public init(url: URL, signingRegion: String, signingName: String, source: Source) {
        self.url = url
        self.signingRegion = signingRegion
        self.signingName = signingName
        self.source = source
    }

    /// The standard AWS endpoint of a service in a region (botocore's rules; see `EndpointRules`).
    public static func standard(for service: AWSService, region: String) -> ResolvedEndpoint {
        // The plain variant has an endpoint in every partition.
        try! standard(for: service, region: region, variant: .plain)
    }

    /// The standard endpoint for a FIPS and/or dual-stack variant; `ConfigError` where there is none.
    public static func standard(for service: AWSService, region: String, variant: EndpointVariant) throws
        -> ResolvedEndpoint
    {
        let (host, signingRegion) = try EndpointRules.resolve(service, region: region, variant: variant)
        return ResolvedEndpoint(
            url: URL(string: "https://\(host)")!, signingRegion: signingRegion, signingName: service.signingName,
            source: .standard)
    }
}
