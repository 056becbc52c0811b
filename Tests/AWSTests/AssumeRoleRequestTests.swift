import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// What AssumeRole sends for a profile's role settings, read on a loopback endpoint: every setting the
/// profile gives, signed with the source profile's key for the region's STS; the next call is signed
/// with the role's key and carries its session token.
struct AssumeRoleRequestTests {
    static let assumeRoleXML = """
        <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials>\
        <AccessKeyId>ASIAROLEKEY</AccessKeyId><SecretAccessKey>role-secret</SecretAccessKey>\
        <SessionToken>role-session-token</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration>\
        </Credentials></AssumeRoleResult><ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata>\
        </AssumeRoleResponse>
        """

    @Test func everyRoleSettingIsSentAndTheRoleKeysAreUsed() async throws {
        let server = try LoopbackServer { request in
            .text(request.bodyText.contains("Action=AssumeRole") ? Self.assumeRoleXML : FaultServer.callerIdentityXML)
        }
        let folder = try TemporaryFolder()
        try folder.write("credentials", "[source]\naws_access_key_id = AKIDSOURCE\naws_secret_access_key = s\n")
        try folder.write(
            "config",
            """
            [profile role]
            role_arn = arn:aws:iam::123456789012:role/Deployer
            source_profile = source
            role_session_name = ci-run-42
            external_id = partner-7
            duration_seconds = 900
            mfa_serial = arn:aws:iam::123456789012:mfa/alice
            region = eu-central-1
            """)
        var env: [String: String?] = folder.environment().mapValues { $0 }
        for key in ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_PROFILE", "AWS_REGION", "AWS_DEFAULT_REGION"] {
            env[key] = .some(nil)
        }
        env["AWS_ENDPOINT_URL"] = server.endpoint.absoluteString
        let result = try await CLI.run(["whoami", "--profile", "role", "--mfa-token", "123456"], environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        let requests = server.requests
        try #require(requests.count == 2)
        let form = Set(requests[0].bodyText.split(separator: "&").map(String.init))
        #expect(
            form.isSuperset(of: [
                "Action=AssumeRole", "RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2FDeployer",
                "RoleSessionName=ci-run-42", "ExternalId=partner-7", "DurationSeconds=900",
                "SerialNumber=arn%3Aaws%3Aiam%3A%3A123456789012%3Amfa%2Falice", "TokenCode=123456",
            ]), "\(form)")
        #expect(requests[0].header("Authorization")?.contains("Credential=AKIDSOURCE/") == true)
        #expect(requests[0].header("Authorization")?.contains("/eu-central-1/sts/aws4_request") == true)
        #expect(requests[1].bodyText.contains("Action=GetCallerIdentity"))
        #expect(requests[1].header("Authorization")?.contains("Credential=ASIAROLEKEY/") == true)
        #expect(requests[1].header("X-Amz-Security-Token") == "role-session-token")
    }

    /// A role's credentials serve every call until five minutes before they expire; then AssumeRole again.
    @Test(arguments: [(3600.0, 1), (120.0, 3)])
    func assumedCredentialsAreCachedUntilNearExpiry(_ lifetime: TimeInterval, _ assumeRoles: Int) async throws {
        let expiration = Date().addingTimeInterval(lifetime).formatted(.iso8601)
        let answer = Self.assumeRoleXML.replacingOccurrences(of: "2099-01-01T00:00:00Z", with: expiration)
        let server = try LoopbackServer { request in
            .text(request.bodyText.contains("Action=AssumeRole") ? answer : FaultServer.callerIdentityXML)
        }
        let folder = try TemporaryFolder()
        try folder.write("credentials", "[source]\naws_access_key_id = AKIDSOURCE\naws_secret_access_key = s\n")
        try folder.write(
            "config", "[profile role]\nrole_arn = arn:aws:iam::123456789012:role/R\nsource_profile = source\n")
        let configuration = try AWSConfiguration(
            region: "us-east-1", profile: "role", endpointURL: server.endpoint.absoluteString,
            environment: folder.environment())
        let client = try AWSClient(configuration: configuration)
        for _ in 0..<3 { _ = try await client.sts.getCallerIdentity() }
        let actions = server.requests.map { $0.bodyText.contains("Action=AssumeRole") }
        #expect(actions.filter { $0 }.count == assumeRoles)
        #expect(actions.filter { !$0 }.count == 3)
    }
}
