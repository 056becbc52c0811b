import Foundation

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

    /// The standard AWS endpoint of a service in a region: `https://<prefix>.<region>.<dns suffix>`, and
    /// for global services (IAM) the partition's one endpoint with its signing region.
    public static func standard(for service: AWSService, region: String) -> ResolvedEndpoint {
        let suffix = region.hasPrefix("cn-") ? "amazonaws.com.cn" : "amazonaws.com"
        guard service.isGlobal else {
            return ResolvedEndpoint(
                url: URL(string: "https://\(service.endpointPrefix).\(region).\(suffix)")!,
                signingRegion: region, signingName: service.signingName, source: .standard)
        }
        let (host, signingRegion): (String, String) =
            if region.hasPrefix("cn-") {
                ("\(service.endpointPrefix).cn-north-1.amazonaws.com.cn", "cn-north-1")
            } else if region.hasPrefix("us-gov-") {
                ("\(service.endpointPrefix).us-gov.amazonaws.com", "us-gov-west-1")
            } else {
                ("\(service.endpointPrefix).amazonaws.com", "us-east-1")
            }
        return ResolvedEndpoint(
            url: URL(string: "https://\(host)")!, signingRegion: signingRegion, signingName: service.signingName,
            source: .standard)
    }
}
