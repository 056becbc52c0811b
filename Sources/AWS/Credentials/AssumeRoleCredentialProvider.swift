import FoundationEssentials

/// A role's credentials from STS AssumeRole (signed with the source's credentials, on the configured
/// region's STS endpoint): `role_arn` with `role_session_name`, `external_id`, `duration_seconds` and
/// `mfa_serial`, as the AWS CLI passes them.
public struct AssumeRoleCredentialProvider: CredentialProvider {
    public let settings: AssumeRoleSettings
    public let source: any CredentialProvider
    let context: CredentialContext

    public init(settings: AssumeRoleSettings, source: any CredentialProvider, context: CredentialContext) {
        self.settings = settings
        self.source = source
        self.context = context
    }

    public func credentials() async throws -> Credentials {
        let what = "profile \"\(settings.profile)\": STS AssumeRole for \(settings.roleArn)"
        var parameters = QueryParameters()
        parameters.set("RoleArn", settings.roleArn)
        parameters.set(
            "RoleSessionName", settings.sessionName ?? "stackcheck-\(Int(context.clock().timeIntervalSince1970))")
        parameters.set("ExternalId", settings.externalId)
        parameters.set("DurationSeconds", settings.durationSeconds)
        if let serial = settings.mfaSerial {
            parameters.set("SerialNumber", serial)
            parameters.set("TokenCode", try await context.mfaCode(settings.profile, serial))
        }
        let configuration = context.configuration
        let region = context.stsRegion
        let client = AWSClient(
            region: region, credentials: source, transport: context.transport,
            retry: RetryPolicy(deadline: .seconds(60))
        ) { service in try configuration.endpoint(for: service, region: region) }
        let result: XMLTree
        do {
            result = try await client.query(STS.Operation.assumeRole, parameters)
        } catch let error as AWSError {
            // The source's own failure (an SSO login, a process) already names its profile: pass it on.
            if error.kind == .credentials { throw CredentialError(error.message) }
            throw CredentialError("\(what) failed: \(error)")
        }
        guard let keys = result["Credentials"], let keyId = keys.string("AccessKeyId"),
            let secret = keys.string("SecretAccessKey"), !keyId.isEmpty, !secret.isEmpty
        else {
            throw CredentialError("\(what): the answer has no Credentials")
        }
        return Credentials(
            accessKeyId: keyId, secretAccessKey: secret, sessionToken: keys.string("SessionToken"),
            expiration: try keys.string("Expiration").map { try CredentialDocument.timestamp($0, source: what) })
    }
}
