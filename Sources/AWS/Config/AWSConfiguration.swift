import FoundationEssentials
import TextBasics

/// The region, profile, endpoints and credential sources of one run, resolved as the AWS CLI resolves
/// them from its flags (`--region`, `--profile`, `--endpoint-url`), the environment and the shared files.
///
/// The environment is a parameter, so tests never touch the process environment.
public struct AWSConfiguration: Sendable {
    public let environment: [String: String]
    /// `--profile`, else `AWS_PROFILE`, else `AWS_DEFAULT_PROFILE`, else `default`.
    public let profileName: String
    /// The profile came from `--profile`: environment keys are then ignored, as in the AWS CLI.
    public let profileFromFlag: Bool
    /// `--region`, else `AWS_REGION`, else `AWS_DEFAULT_REGION`, else the profile's `region`; nil if none.
    public let region: String?
    /// Where `profileName` and `region` came from (`--profile`, `AWS_REGION`, `profile "x" region`, `default`).
    public let profileSource: String
    public let regionSource: String
    /// `--endpoint-url`.
    public let endpointURL: URL?
    public let files: SharedConfigFiles

    /// - Throws: `ConfigError` for an unreadable or malformed shared file, a named profile that exists in
    ///   neither file, or an endpoint URL that is not http(s).
    public init(
        region: String? = nil, profile: String? = nil, endpointURL: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws {
        self.environment = environment
        let files = try SharedConfigFiles.load(environment: environment)
        self.files = files
        let named = [
            ("--profile", profile), ("AWS_PROFILE", environment["AWS_PROFILE"]),
            ("AWS_DEFAULT_PROFILE", environment["AWS_DEFAULT_PROFILE"]),
        ]
        .first { $0.1?.isEmpty == false }.map { (origin: $0.0, name: $0.1!) }
        profileName = named?.name ?? "default"
        profileFromFlag = named?.origin == "--profile"
        profileSource = named?.origin ?? "default"
        if let named, !files.hasProfile(named.name) {
            throw ConfigError(
                .setting(named.origin),
                "profile \"\(named.name)\" is not in \(files.describedPaths), and add it there or name another")
        }
        let regions = [
            ("--region", region), ("AWS_REGION", environment["AWS_REGION"]),
            ("AWS_DEFAULT_REGION", environment["AWS_DEFAULT_REGION"]),
            ("profile \"\(profileName)\" region", files.profile(profileName)["region"]),
        ]
        .compactMap { origin, value in value.map { (origin, $0.trimmed(.whitespaces)) } }
        .first { !$0.1.isEmpty }
        // Checked before anything is built from it: `us east 1` is a configuration error, never a call.
        if let (origin, name) = regions, !RegionName.isValid(name) {
            throw ConfigError(
                .setting(origin), "'\(name)' is not an AWS region name, and give one like us-east-1 or eu-west-2")
        }
        self.region = regions?.1
        regionSource = regions?.0 ?? "none"
        self.endpointURL = try endpointURL.map { try Self.parseEndpoint($0, origin: "--endpoint-url") }
    }

    /// The region, or an error that says how to set one.
    public func requireRegion() throws -> String {
        guard let region else {
            throw ConfigError(
                .none, "no AWS region, and pass --region, set AWS_REGION, or set `region` in profile "
                    + "\"\(profileName)\" of \(files.config.path ?? "the config file")")
        }
        return region
    }

    /// Where a service's requests go: `--endpoint-url` > `AWS_ENDPOINT_URL_<SERVICE>` > `AWS_ENDPOINT_URL` >
    /// the config file's `[services]` `endpoint_url` for the service > the profile's `endpoint_url` > the
    /// standard endpoint. `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true` (or the profile setting
    /// `ignore_configured_endpoint_urls`) leaves out all but the flag, as in the AWS CLI.
    ///
    /// The standard endpoint follows `AWS_USE_FIPS_ENDPOINT` and `AWS_USE_DUALSTACK_ENDPOINT`; `region`
    /// overrides the configured one (the SSO portal lives in the profile's `sso_region`).
    public func endpoint(for service: AWSService, region: String? = nil) throws -> ResolvedEndpoint {
        let custom = try customEndpoint(for: service)
        let region = region ?? self.region
        // Global services (IAM) need no region: their partition's one endpoint signs for a fixed region.
        guard let custom else {
            let standardRegion = try region ?? (service.isGlobal ? "us-east-1" : requireRegion())
            return try ResolvedEndpoint.standard(for: service, region: standardRegion, variant: endpointVariant)
        }
        // A custom endpoint signs for the configured region, as botocore does.
        let signingRegion = region ?? ResolvedEndpoint.standard(for: service, region: "us-east-1").signingRegion
        return ResolvedEndpoint(
            url: custom.url, signingRegion: signingRegion, signingName: service.signingName, source: custom.source)
    }

    private func customEndpoint(for service: AWSService) throws -> (url: URL, source: ResolvedEndpoint.Source)? {
        if let endpointURL { return (endpointURL, .flag) }
        let profile = files.profile(profileName)
        let ignore =
            (environment["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"] ?? profile["ignore_configured_endpoint_urls"])?
            .lowercased() == "true"
        if ignore { return nil }
        let variable = service.endpointEnvironmentVariable
        if let text = environment[variable], !text.isEmpty {
            return (try Self.parseEndpoint(text, origin: variable), .serviceEnvironment)
        }
        if let text = environment["AWS_ENDPOINT_URL"], !text.isEmpty {
            return (try Self.parseEndpoint(text, origin: "AWS_ENDPOINT_URL"), .environment)
        }
        if let name = profile["services"], let text = files.services(name)?[service.configKey + ".endpoint_url"] {
            return (
                try Self.parseEndpoint(text, origin: "[services \(name)] \(service.configKey) endpoint_url"),
                .serviceConfig
            )
        }
        if let text = profile["endpoint_url"], !text.isEmpty {
            return (try Self.parseEndpoint(text, origin: "profile \"\(profileName)\" endpoint_url"), .profileConfig)
        }
        return nil
    }

    /// A SigV4 signer for the service at its resolved endpoint.
    public func signer(for service: AWSService, clock: @escaping @Sendable () -> Date = { Date() }) throws
        -> SigV4Signer
    {
        let endpoint = try endpoint(for: service)
        return SigV4Signer(service: endpoint.signingName, region: endpoint.signingRegion, clock: clock)
    }

    /// The standard credential chain (`CredentialChain.standard`), cached and refreshed before expiry.
    public func credentialProvider(transport: any HTTPTransport, mfaCode: CredentialContext.MFACode? = nil)
        -> CachingCredentialProvider
    {
        CachingCredentialProvider(CredentialChain.standard(configuration: self, transport: transport, mfaCode: mfaCode))
    }

    /// STS for AssumeRoleWithWebIdentity, which is unsigned and so needs no region when an endpoint is
    /// configured: the configured one, else the region's, else the global endpoint.
    var stsEndpointForWebIdentity: URL {
        if let custom = try? customEndpoint(for: .sts) { return custom.url }
        // The region's (FIPS / dual-stack as configured; the plain host where that variant has none).
        return region.map { region in
            ((try? ResolvedEndpoint.standard(for: .sts, region: region, variant: endpointVariant))
                ?? ResolvedEndpoint.standard(for: .sts, region: region)).url
        } ?? URL(string: "https://sts.amazonaws.com")!
    }

    static func parseEndpoint(_ text: String, origin: String) throws -> URL {
        guard let url = URL(string: text.trimmed(.whitespaces)),
            let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host?.isEmpty == false
        else {
            throw ConfigError(.setting(origin), "`\(text)` is not an http(s) URL, and give one like https://host:port")
        }
        return url
    }
}
