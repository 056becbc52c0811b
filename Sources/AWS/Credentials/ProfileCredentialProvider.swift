import FoundationEssentials

/// The credentials of a profile of the shared credentials and config files, whatever way the profile
/// gets them: keys, `role_arn` (with `source_profile` chains or `credential_source`), `credential_process`,
/// `web_identity_token_file`, or SSO (`ProfileCredentialPlanner` decides, in botocore's order).
///
/// The plan is made and its providers built once, so assumed and process credentials stay cached for
/// the run. Without a `context` (no transport, no configuration) only keys can be used.
public struct ProfileCredentialProvider: CredentialProvider {
    public let profileName: String
    public let files: SharedConfigFiles
    private let planned: Result<(plan: CredentialPlan, provider: any CredentialProvider)?, CredentialError>

    public init(profileName: String, files: SharedConfigFiles, context: CredentialContext? = nil) {
        self.profileName = profileName
        self.files = files
        do {
            planned = .success(try Self.build(profileName, files: files, context: context))
        } catch let error as CredentialError {
            planned = .failure(error)
        } catch {
            planned = .failure(CredentialError("profile \"\(profileName)\": \(error)"))
        }
    }

    private static func build(_ profileName: String, files: SharedConfigFiles, context: CredentialContext?) throws
        -> (plan: CredentialPlan, provider: any CredentialProvider)?
    {
        guard let plan = try ProfileCredentialPlanner(files: files).plan(profileName) else { return nil }
        if let context { return (plan, plan.provider(context: context)) }
        guard case .staticKeys(let profile, _) = plan else {
            throw CredentialError("profile \"\(profileName)\": \(plan.kind) needs an AWS configuration")
        }
        return (plan, ProfileKeysProvider(profile: profile, files: files))
    }

    /// What the profile resolves to, or the error that stops it; nil when it sets no credentials.
    public func plan() throws -> CredentialPlan? { try planned.get()?.plan }

    public func credentials() async throws -> Credentials {
        guard files.hasProfile(profileName) else {
            throw CredentialError.notConfigured("profile \"\(profileName)\": not found in \(files.describedPaths)")
        }
        guard let provider = try planned.get()?.provider else {
            throw CredentialError.notConfigured(
                "profile \"\(profileName)\": no aws_access_key_id in \(files.describedPaths)")
        }
        return try await provider.credentials()
    }
}
