import FoundationEssentials

/// Tries providers in order and returns the first credentials found. A provider that is not set up
/// (`CredentialError.isNotConfigured`) passes to the next; any other failure stops the chain, because a
/// source that is set up but broken must not silently hand over to another identity.
public struct CredentialChain: CredentialProvider {
    public let providers: [any CredentialProvider]

    public init(_ providers: [any CredentialProvider]) { self.providers = providers }

    public func credentials() async throws -> Credentials {
        var tried: [String] = []
        for provider in providers {
            do {
                return try await provider.credentials()
            } catch let error as CredentialError where error.isNotConfigured {
                tried.append(error.description)
            }
        }
        throw CredentialError(
            "no AWS credentials found (tried \(tried.joined(separator: "; "))); set AWS_ACCESS_KEY_ID and "
                + "AWS_SECRET_ACCESS_KEY, or name a profile with keys with --profile or AWS_PROFILE")
    }

    /// The AWS CLI's order (botocore's credential resolver): environment, web identity from the
    /// environment, the profile (keys, role, process, SSO, web identity: `ProfileCredentialProvider`),
    /// container, instance metadata. A `--profile` flag leaves out the environment, as in the AWS CLI, so
    /// the flag always wins.
    public static func standard(
        configuration: AWSConfiguration, transport: any HTTPTransport, mfaCode: CredentialContext.MFACode? = nil
    ) -> CredentialChain {
        let environment = configuration.environment
        let context = CredentialContext(configuration: configuration, transport: transport, mfaCode: mfaCode)
        var providers: [any CredentialProvider] = []
        if !configuration.profileFromFlag { providers.append(EnvironmentCredentialProvider(environment: environment)) }
        providers.append(
            WebIdentityCredentialProvider(
                environment: environment, stsEndpoint: configuration.stsEndpointForWebIdentity, transport: transport))
        providers.append(
            ProfileCredentialProvider(
                profileName: configuration.profileName, files: configuration.files, context: context))
        providers.append(ContainerCredentialProvider(environment: environment, transport: transport))
        providers.append(InstanceMetadataCredentialProvider(environment: environment, transport: transport))
        return CredentialChain(providers)
    }
}
