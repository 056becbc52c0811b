import FoundationEssentials

extension CredentialPlan {
    /// The providers that carry out the plan. Assumed-role, process, SSO and web-identity credentials
    /// are each cached and refreshed before they expire, so a role chain refreshes only what expires.
    public func provider(context: CredentialContext) -> any CredentialProvider {
        let environment = context.configuration.environment
        switch self {
        case .environment:
            return RequiredCredentialProvider(
                EnvironmentCredentialProvider(environment: environment), what: "credential_source Environment")
        case .instanceMetadata:
            return RequiredCredentialProvider(
                InstanceMetadataCredentialProvider(environment: environment, transport: context.transport),
                what: "credential_source Ec2InstanceMetadata")
        case .container:
            return RequiredCredentialProvider(
                ContainerCredentialProvider(environment: environment, transport: context.transport),
                what: "credential_source EcsContainer")
        case .staticKeys(let profile, _):
            return ProfileKeysProvider(profile: profile, files: context.configuration.files)
        case .process(let profile, let command):
            return cached(ProcessCredentialProvider(profile: profile, command: command, environment: environment))
        case .sso(let settings):
            return cached(SSOCredentialProvider(settings: settings, context: context))
        case .webIdentity(_, let roleArn, let tokenFile, let sessionName):
            return cached(
                WebIdentityCredentialProvider(
                    tokenFile: SharedConfigFiles.expand(tokenFile, environment), roleArn: roleArn,
                    sessionName: sessionName, stsEndpoint: context.configuration.stsEndpointForWebIdentity,
                    transport: context.transport))
        case .assumeRole(let settings, let source):
            return cached(
                AssumeRoleCredentialProvider(
                    settings: settings, source: source.provider(context: context), context: context))
        }
    }

    private func cached(_ provider: any CredentialProvider) -> any CredentialProvider {
        CachingCredentialProvider(provider)
    }
}

/// A source the profile names explicitly (`credential_source`): "not set up" is an error then, never a
/// reason to try another source.
struct RequiredCredentialProvider: CredentialProvider {
    let base: any CredentialProvider
    let what: String

    init(_ base: any CredentialProvider, what: String) {
        self.base = base
        self.what = what
    }

    func credentials() async throws -> Credentials {
        do {
            return try await base.credentials()
        } catch let error as CredentialError where error.isNotConfigured {
            throw CredentialError("\(what): \(error.description)")
        }
    }
}

/// The keys of a profile, read when asked (the files were read once, at start).
struct ProfileKeysProvider: CredentialProvider {
    let profile: String
    let files: SharedConfigFiles

    func credentials() async throws -> Credentials {
        let settings = files.profile(profile)
        guard let keyId = settings["aws_access_key_id"], let secret = settings["aws_secret_access_key"] else {
            throw CredentialError("profile \"\(profile)\": no aws_access_key_id and aws_secret_access_key")
        }
        let token = settings["aws_session_token"].flatMap { $0.isEmpty ? nil : $0 }
        return Credentials(accessKeyId: keyId, secretAccessKey: secret, sessionToken: token)
    }
}
