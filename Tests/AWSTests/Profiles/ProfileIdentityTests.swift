import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// Every kind of profile reaches the same identity through `stackcheck whoami --profile P` as through
/// `aws sts get-caller-identity --profile P` (aws-cli v1 on botocore, which resolves all of them),
/// against the emulator: role chains, credential_source, credential_process, web identity, SSO, MFA.
@Suite("Profiles: the same identity as the AWS CLI", .serialized)
struct ProfileIdentityTests {
    static let account = "123456789012"

    /// An emulator of this suite's own: its many aws-cli runs do not queue behind the shared one.
    func home() async throws -> ProfileHome {
        try ProfileHome(emulator: try await Emulator.suite("profiles"))
    }

    func expectSameIdentity(
        _ home: ProfileHome, _ profile: String, _ expected: String, env: [String: String?] = [:],
        awsStdin: String? = nil, arguments: [String] = []
    ) async throws {
        let aws = try await home.awsCLIArn(profile, env, stdin: awsStdin)
        let ours = try await home.stackcheckArn(profile, env, arguments: arguments)
        #expect(aws == expected)
        #expect(ours == aws)
    }

    @Test func roleChainThroughSourceProfiles() async throws {
        let home = try await home()
        try home.credentials("[base]\naws_access_key_id = testing\naws_secret_access_key = testing\n")
        try home.config(
            """
            [profile middle]
            role_arn = arn:aws:iam::\(Self.account):role/Middle
            source_profile = base
            role_session_name = middle-session
            [profile top]
            role_arn = arn:aws:iam::210987654321:role/Top
            source_profile = middle
            role_session_name = top-session
            external_id = shared-secret-id
            duration_seconds = 900
            """)
        try await expectSameIdentity(home, "top", "arn:aws:sts::210987654321:assumed-role/Top/top-session")
    }

    @Test func credentialSourceEnvironment() async throws {
        let home = try await home()
        try home.config(
            """
            [profile env-role]
            role_arn = arn:aws:iam::\(Self.account):role/FromEnvironment
            credential_source = Environment
            role_session_name = env-session
            """)
        try await expectSameIdentity(
            home, "env-role", "arn:aws:sts::\(Self.account):assumed-role/FromEnvironment/env-session",
            env: ["AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"])
    }

    @Test func credentialSourceEcsContainer() async throws {
        let home = try await home()
        try home.config(
            """
            [profile task-role]
            role_arn = arn:aws:iam::\(Self.account):role/FromTask
            credential_source = EcsContainer
            role_session_name = task-session
            """)
        let uri = home.endpoint.absoluteString + "/stackcheck/container-credentials"
        try await expectSameIdentity(
            home, "task-role", "arn:aws:sts::\(Self.account):assumed-role/FromTask/task-session",
            env: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": uri])
    }

    @Test func credentialSourceInstanceMetadata() async throws {
        let home = try await home()
        try home.config(
            """
            [profile instance-role]
            role_arn = arn:aws:iam::\(Self.account):role/FromInstance
            credential_source = Ec2InstanceMetadata
            role_session_name = instance-session
            """)
        try await expectSameIdentity(
            home, "instance-role", "arn:aws:sts::\(Self.account):assumed-role/FromInstance/instance-session",
            env: [
                "AWS_EC2_METADATA_DISABLED": nil,
                "AWS_EC2_METADATA_SERVICE_ENDPOINT": home.endpoint.absoluteString,
            ])
    }

    @Test func credentialProcessAndARoleOnTopOfIt() async throws {
        let home = try await home()
        let expiration = Date().addingTimeInterval(3600).formatted(.iso8601)
        let process = try home.script(
            "creds.sh",
            """
            #!/bin/sh
            echo '{"Version": 1, "AccessKeyId": "AKIDPROCESS", "SecretAccessKey": "process-secret", \
            "Expiration": "\(expiration)"}'
            """)
        try home.config(
            """
            [profile process]
            credential_process = \(process) --some "quoted arg"
            [profile process-role]
            role_arn = arn:aws:iam::\(Self.account):role/FromProcess
            source_profile = process
            role_session_name = process-session
            """)
        // moto names a key it never issued as its default user: both tools must get there.
        try await expectSameIdentity(home, "process", "arn:aws:sts::\(Self.account):user/moto")
        try await expectSameIdentity(
            home, "process-role", "arn:aws:sts::\(Self.account):assumed-role/FromProcess/process-session")
    }

    @Test func webIdentityInAProfile() async throws {
        let home = try await home()
        let token = try home.folder.write("token.jwt", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjaSJ9.c2lnbmF0dXJl\n")
        try home.config(
            """
            [profile ci]
            role_arn = arn:aws:iam::\(Self.account):role/FromWebIdentity
            web_identity_token_file = \(token)
            role_session_name = web-session
            """)
        try await expectSameIdentity(
            home, "ci", "arn:aws:sts::\(Self.account):assumed-role/FromWebIdentity/web-session")
    }

    @Test func ssoLegacyProfileAndSSOSession() async throws {
        let home = try await home()
        try home.config(
            """
            [profile legacy]
            sso_start_url = https://legacy.awsapps.com/start
            sso_region = us-east-1
            sso_account_id = \(Self.account)
            sso_role_name = Admin
            [profile modern]
            sso_session = corp
            sso_account_id = 111122223333
            sso_role_name = ReadOnly
            [sso-session corp]
            sso_start_url = https://corp.awsapps.com/start
            sso_region = eu-west-1
            """)
        try home.ssoToken(startURL: "https://legacy.awsapps.com/start", session: nil, expiresIn: 7200)
        try home.ssoToken(startURL: "https://corp.awsapps.com/start", session: "corp", expiresIn: 7200)
        let before = home.ssoCacheFiles
        try await expectSameIdentity(home, "legacy", "arn:aws:sts::\(Self.account):assumed-role/Admin/sso-user")
        try await expectSameIdentity(home, "modern", "arn:aws:sts::111122223333:assumed-role/ReadOnly/sso-user")
        // The portal and STS through their own variables only, as botocore routes them.
        let endpoint = home.endpoint.absoluteString
        try await expectSameIdentity(
            home, "modern", "arn:aws:sts::111122223333:assumed-role/ReadOnly/sso-user",
            env: ["AWS_ENDPOINT_URL": nil, "AWS_ENDPOINT_URL_SSO": endpoint, "AWS_ENDPOINT_URL_STS": endpoint])
        #expect(home.ssoCacheFiles == before)
    }

    @Test func mfaCodeFromTheOptionAndThePrompt() async throws {
        let home = try await home()
        try home.credentials("[base]\naws_access_key_id = testing\naws_secret_access_key = testing\n")
        try home.config(
            """
            [profile mfa]
            role_arn = arn:aws:iam::\(Self.account):role/WithMFA
            source_profile = base
            mfa_serial = arn:aws:iam::\(Self.account):mfa/alice
            role_session_name = mfa-session
            """)
        // aws-cli reads the code from stdin when there is no terminal; stackcheck takes --mfa-token.
        try await expectSameIdentity(
            home, "mfa", "arn:aws:sts::\(Self.account):assumed-role/WithMFA/mfa-session", awsStdin: "123456\n",
            arguments: ["--mfa-token", "123456"])
    }

    @Test func mfaPromptOnATerminal() async throws {
        let home = try await home()
        try home.credentials("[base]\naws_access_key_id = testing\naws_secret_access_key = testing\n")
        try home.config(
            """
            [profile mfa]
            role_arn = arn:aws:iam::\(Self.account):role/WithMFA
            source_profile = base
            mfa_serial = arn:aws:iam::\(Self.account):mfa/alice
            role_session_name = tty-session
            """)
        // util-linux `script` gives stackcheck a terminal; the code typed is fed through it.
        let command = "'\(CLI.binary.path)' whoami --profile mfa --format json"
        let result = try await Tool.run(
            "script", ["-qec", command, "/dev/null"], environment: home.environment(), stdin: Data("654321\n".utf8))
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("Enter MFA code for arn:aws:iam::\(Self.account):mfa/alice: "))
        let json = String(result.stdout[try #require(result.stdout.firstIndex(of: "{"))...])
        let aws = try await home.awsCLIArn("mfa", stdin: "654321\n")
        #expect(try ProfileHome.arn(json) == aws)
        #expect(aws == "arn:aws:sts::\(Self.account):assumed-role/WithMFA/tty-session")
    }
}
