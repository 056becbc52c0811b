import Foundation

/// Static keys from a profile of the shared credentials and config files
/// (`aws_access_key_id`, `aws_secret_access_key`, `aws_session_token`).
///
/// Profiles that get credentials some other way (`role_arn`, `credential_process`, `sso_*`,
/// `web_identity_token_file`) are reported as not supported rather than skipped, so a user never
/// silently runs as some other identity from further down the chain.
public struct ProfileCredentialProvider: CredentialProvider {
    public let profileName: String
    public let files: SharedConfigFiles

    public init(profileName: String, files: SharedConfigFiles) {
        self.profileName = profileName
        self.files = files
    }

    public func credentials() async throws -> Credentials {
        let where_ = "profile \"\(profileName)\""
        guard files.hasProfile(profileName) else {
            throw CredentialError.notConfigured("\(where_): not found in \(files.describedPaths)")
        }
        let settings = files.profile(profileName)
        let keyId = settings["aws_access_key_id"].flatMap { $0.isEmpty ? nil : $0 }
        let secret = settings["aws_secret_access_key"].flatMap { $0.isEmpty ? nil : $0 }
        if let keyId, let secret {
            let token = settings["aws_session_token"].flatMap { $0.isEmpty ? nil : $0 }
            return Credentials(accessKeyId: keyId, secretAccessKey: secret, sessionToken: token)
        }
        if keyId != nil || secret != nil {
            throw CredentialError(
                "\(where_): has only one of aws_access_key_id and aws_secret_access_key; set both")
        }
        for key in ["role_arn", "credential_process", "sso_session", "sso_start_url", "web_identity_token_file"]
        where settings[key] != nil {
            throw CredentialError(
                "\(where_): \(key) is not supported by stackcheck; "
                    + "export the keys (for example "
                    + "`aws configure export-credentials --profile \(profileName) --format env`)")
        }
        throw CredentialError.notConfigured("\(where_): no aws_access_key_id in \(files.describedPaths)")
    }
}
