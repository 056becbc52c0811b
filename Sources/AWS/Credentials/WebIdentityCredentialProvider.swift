import FoundationEssentials
import TextBasics

/// Credentials for a role from an OIDC token file (EKS IRSA, GitHub Actions), through STS
/// `AssumeRoleWithWebIdentity`, an unsigned query-protocol call (30 s to answer, as any other AWS call's
/// attempt): `AWS_WEB_IDENTITY_TOKEN_FILE`,
/// `AWS_ROLE_ARN`, and optionally `AWS_ROLE_SESSION_NAME`.
public struct WebIdentityCredentialProvider: CredentialProvider {
    public let tokenFile: String?
    public let roleArn: String?
    public let sessionName: String
    /// The STS endpoint (from endpoint resolution, so `AWS_ENDPOINT_URL_STS` applies).
    public let stsEndpoint: URL
    public let transport: any HTTPTransport
    public let timeout: Duration

    public init(
        environment: [String: String], stsEndpoint: URL, transport: any HTTPTransport,
        timeout: Duration = .seconds(30), now: Date = Date()
    ) {
        tokenFile = environment["AWS_WEB_IDENTITY_TOKEN_FILE"].flatMap { $0.isEmpty ? nil : $0 }
        roleArn = environment["AWS_ROLE_ARN"].flatMap { $0.isEmpty ? nil : $0 }
        sessionName =
            environment["AWS_ROLE_SESSION_NAME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "stackcheck-\(Int(now.timeIntervalSince1970))"
        self.stsEndpoint = stsEndpoint
        self.transport = transport
        self.timeout = timeout
    }

    /// A profile's `web_identity_token_file`, `role_arn` and `role_session_name`.
    public init(
        tokenFile: String, roleArn: String, sessionName: String?, stsEndpoint: URL, transport: any HTTPTransport,
        timeout: Duration = .seconds(30), now: Date = Date()
    ) {
        self.tokenFile = tokenFile
        self.roleArn = roleArn
        self.sessionName = sessionName ?? "stackcheck-\(Int(now.timeIntervalSince1970))"
        self.stsEndpoint = stsEndpoint
        self.transport = transport
        self.timeout = timeout
    }

    public func credentials() async throws -> Credentials {
        let source = "web identity"
        switch (tokenFile, roleArn) {
        case (nil, nil):
            throw CredentialError.notConfigured("\(source): AWS_WEB_IDENTITY_TOKEN_FILE is not set")
        case (nil, .some):
            throw CredentialError("\(source): AWS_ROLE_ARN is set but AWS_WEB_IDENTITY_TOKEN_FILE is not; set both")
        case (.some, nil):
            throw CredentialError("\(source): AWS_WEB_IDENTITY_TOKEN_FILE is set but AWS_ROLE_ARN is not; set both")
        case (.some(let tokenFile), .some(let roleArn)):
            guard let data = FileManager.default.contents(atPath: tokenFile) else {
                throw CredentialError(
                    "\(source): cannot read AWS_WEB_IDENTITY_TOKEN_FILE \(tokenFile), and check the path")
            }
            let token = String(decoding: data, as: UTF8.self).trimmed()
            return try await assumeRole(roleArn: roleArn, token: token)
        }
    }

    private func assumeRole(roleArn: String, token: String) async throws -> Credentials {
        let what = "web identity: STS AssumeRoleWithWebIdentity for \(roleArn)"
        let form = [
            ("Action", "AssumeRoleWithWebIdentity"), ("Version", "2011-06-15"), ("RoleArn", roleArn),
            ("RoleSessionName", sessionName), ("WebIdentityToken", token),
        ].map { "\($0.0)=\(SigV4Canonical.uriEncode($0.1, keepSlash: false))" }.joined(separator: "&")
        let request = HTTPRequest(
            method: "POST", url: stsEndpoint,
            headers: [("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"), ("Accept", "text/xml")],
            body: Array(form.utf8))
        let response: HTTPResponse
        do {
            response = try await transport.send(request, timeout: timeout)
        } catch let error as TransportError {
            throw CredentialError("\(what) failed: \(error)")
        }
        guard response.status == 200 else {
            let fields = CredentialDocument.xmlFields(response.body, ["Code", "Message", "RequestId"]) ?? [:]
            let code = fields["Code"] ?? "HTTP \(response.status)"
            let message = fields["Message"].map { ": \($0)" } ?? ""
            let requestId = fields["RequestId"].map { " (request id \($0))" } ?? ""
            throw CredentialError("\(what) failed: \(code)\(message)\(requestId)")
        }
        let fields =
            CredentialDocument.xmlFields(
                response.body, ["AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration"]) ?? [:]
        guard let keyId = fields["AccessKeyId"], let secret = fields["SecretAccessKey"], !keyId.isEmpty, !secret.isEmpty
        else {
            throw CredentialError("\(what): the answer has no Credentials")
        }
        return Credentials(
            accessKeyId: keyId, secretAccessKey: secret, sessionToken: fields["SessionToken"],
            expiration: try fields["Expiration"].map { try CredentialDocument.timestamp($0, source: what) })
    }
}
