import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// Web identity through STS AssumeRoleWithWebIdentity on the emulator (moto's STS), found through the
/// standard chain with `AWS_ENDPOINT_URL_STS`, and the failure text when STS does not answer well.
struct CredentialWebIdentityTests {
    static let roleArn = "arn:aws:iam::123456789012:role/stack-reader"
    let transport = CurlTransport(maxConcurrentRequests: 2, connectTimeout: .seconds(2))

    @Test func assumesTheRoleThroughTheEmulatorsSTS() async throws {
        let emulator = try await Emulator.shared()
        // The shared emulator under a full parallel run can be slower than STS's 10 s timeout.
        let transport = PatientTransport()
        let folder = try TemporaryFolder()
        let tokenFile = try folder.write("oidc-token", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjaSJ9.c2lnbmF0dXJl\n")
        let configuration = try AWSConfiguration(
            environment: folder.environment([
                "AWS_WEB_IDENTITY_TOKEN_FILE": tokenFile, "AWS_ROLE_ARN": Self.roleArn,
                "AWS_ROLE_SESSION_NAME": "ci-session", "AWS_REGION": emulator.region,
                "AWS_ENDPOINT_URL_STS": emulator.endpoint.absoluteString,
            ]))
        let credentials = try await configuration.credentialProvider(transport: transport).credentials()
        #expect(credentials.accessKeyId.hasPrefix("ASIA"))
        #expect(credentials.sessionToken?.isEmpty == false)
        #expect(credentials.expiration != nil)

        // The new credentials sign a GetCallerIdentity that the emulator attributes to the assumed role.
        let endpoint = try configuration.endpoint(for: .sts)
        #expect(endpoint.source == .serviceEnvironment)
        let request = HTTPRequest(
            method: "POST", url: endpoint.url, headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: Array("Action=GetCallerIdentity&Version=2011-06-15".utf8))
        let signed = try configuration.signer(for: .sts).sign(request, credentials: credentials)
        let response = try await transport.send(signed, timeout: .seconds(10))
        let body = String(decoding: response.body, as: UTF8.self)
        #expect(response.status == 200)
        #expect(body.contains("assumed-role/stack-reader/ci-session"))
    }

    @Test func stsFailureIsReportedWithTheRole() async throws {
        let server = try LoopbackServer { _ in .text("upstream unavailable", status: 503) }
        let folder = try TemporaryFolder()
        let tokenFile = try folder.write("oidc-token", "token-value")
        let provider = WebIdentityCredentialProvider(
            environment: ["AWS_WEB_IDENTITY_TOKEN_FILE": tokenFile, "AWS_ROLE_ARN": Self.roleArn],
            stsEndpoint: server.endpoint, transport: transport)
        let error = await #expect(throws: CredentialError.self) { try await provider.credentials() }
        #expect(
            error?.description == "web identity: STS AssumeRoleWithWebIdentity for \(Self.roleArn) failed: HTTP 503")
        let sent = try #require(server.requests.first)
        #expect(sent.method == "POST")
        #expect(sent.bodyText.hasPrefix("Action=AssumeRoleWithWebIdentity&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam"))
        #expect(sent.bodyText.hasSuffix("&WebIdentityToken=token-value"))
        #expect(sent.header("Authorization") == nil)
    }

    @Test func roleWithoutTokenFileIsAnError() async throws {
        let provider = WebIdentityCredentialProvider(
            environment: ["AWS_ROLE_ARN": Self.roleArn], stsEndpoint: URL(string: "https://sts.amazonaws.com")!,
            transport: transport)
        let error = await #expect(throws: CredentialError.self) { try await provider.credentials() }
        #expect(error?.isNotConfigured == false)
        #expect(
            error?.description == "web identity: AWS_ROLE_ARN is set but AWS_WEB_IDENTITY_TOKEN_FILE is not; set both")
    }
}
