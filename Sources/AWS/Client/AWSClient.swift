import FoundationEssentials
import Synchronization

/// Calls AWS: resolves the endpoint, signs with SigV4, sends through the transport, retries as the
/// SDKs' standard mode, and turns failures into `AWSError`s. One client serves every service; the typed
/// operations live in per-service facades (`client.cloudFormation.describeStacks(...)`).
public final class AWSClient: Sendable {
    public let region: String
    public let credentials: any CredentialProvider
    public let transport: any HTTPTransport
    public let retry: RetryPolicy
    private let resolve: @Sendable (AWSService) throws -> ResolvedEndpoint
    /// Each service's endpoint once resolved: the configuration behind `resolve` does not change, and
    /// resolving (environment, config files, parsing the URL) cost every request 30,000 instructions.
    private let resolved = Mutex<[AWSService: ResolvedEndpoint]>([:])
    let signingClock: @Sendable () -> Date

    /// - Parameter endpoint: where each service's requests go and how they are signed (the config
    ///   stream's resolver: flag, `AWS_ENDPOINT_URL_<SERVICE>`, `AWS_ENDPOINT_URL`, config files).
    public init(
        region: String, credentials: any CredentialProvider, transport: any HTTPTransport = CurlTransport(),
        retry: RetryPolicy = .standard, signingClock: @escaping @Sendable () -> Date = { Date() },
        endpoint: @escaping @Sendable (AWSService) throws -> ResolvedEndpoint
    ) {
        self.region = region
        self.credentials = credentials
        self.transport = transport
        self.retry = retry
        self.signingClock = signingClock
        self.resolve = endpoint
    }

    /// A client that sends every service to `endpointURL` when given (an emulator, a proxy), else to
    /// the standard AWS endpoints of `region`.
    public convenience init(
        region: String, credentials: any CredentialProvider, endpointURL: URL?,
        transport: any HTTPTransport = CurlTransport(), retry: RetryPolicy = .standard
    ) {
        self.init(region: region, credentials: credentials, transport: transport, retry: retry) { service in
            let standard = ResolvedEndpoint.standard(for: service, region: region)
            guard let endpointURL else { return standard }
            return ResolvedEndpoint(
                url: endpointURL, signingRegion: standard.signingRegion, signingName: service.signingName,
                source: .flag)
        }
    }

    /// A client configured as the AWS CLI would be: region, profile, endpoints and the credential chain
    /// (cached, refreshed before expiry) from `configuration`.
    /// - Throws: `ConfigError` when no region is configured.
    public convenience init(
        configuration: AWSConfiguration, transport: any HTTPTransport = CurlTransport(), retry: RetryPolicy = .standard,
        mfaCode: CredentialContext.MFACode? = nil
    ) throws {
        let region = try configuration.requireRegion()
        self.init(
            region: region, credentials: configuration.credentialProvider(transport: transport, mfaCode: mfaCode),
            transport: transport, retry: retry, endpoint: { try configuration.endpoint(for: $0) })
    }

    /// Where `service`'s requests go and how they are signed; an error (a malformed endpoint setting) is
    /// not remembered, so each request reports it.
    public func endpoint(for service: AWSService) throws -> ResolvedEndpoint {
        if let known = resolved.withLock({ $0[service] }) { return known }
        let endpoint = try resolve(service)
        resolved.withLock { $0[service] = endpoint }
        return endpoint
    }
}
