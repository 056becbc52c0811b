import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// Profiles that cannot give credentials: a clear one-line error naming the profile, exit 2, no secret,
/// and no call made (the endpoint is a closed port).
@Suite("Profiles: errors")
struct ProfileErrorTests {
    func whoami(_ home: ProfileHome, _ profile: String) async throws -> CLIResult {
        try await CLI.run(["whoami", "--profile", profile], environment: home.environment())
    }

    @Test func mfaWithoutATerminalNamesTheProfile() async throws {
        let home = try ProfileHome(emulator: nil)
        try home.credentials("[base]\naws_access_key_id = testing\naws_secret_access_key = testing\n")
        try home.config(
            "[profile mfa]\nrole_arn = arn:aws:iam::123456789012:role/R\nsource_profile = base\n"
                + "mfa_serial = arn:aws:iam::123456789012:mfa/alice\n")
        let result = try await whoami(home, "mfa")
        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                "profile \"mfa\": the role needs an MFA code for arn:aws:iam::123456789012:mfa/alice, and this run "
                    + "is not interactive; pass --mfa-token CODE or run on a terminal"), "\(result.stderr)")
    }

    @Test func sourceProfileCycle() async throws {
        let home = try ProfileHome(emulator: nil)
        try home.config(
            """
            [profile a]
            role_arn = arn:aws:iam::123456789012:role/A
            source_profile = b
            [profile b]
            role_arn = arn:aws:iam::123456789012:role/B
            source_profile = c
            [profile c]
            role_arn = arn:aws:iam::123456789012:role/C
            source_profile = a
            """)
        let result = try await whoami(home, "a")
        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                "profile \"c\": source_profile loops back to \"a\" (a -> b -> c -> a); break the cycle"),
            "\(result.stderr)")
        let config = try await CLI.run(
            ["config", "--profile", "a", "--format", "json"], environment: home.environment())
        #expect(config.status == 2)
        #expect(config.stdout.contains("loops back"))
    }

    @Test func failingCredentialProcessNamesTheStatusNotTheOutput() async throws {
        let home = try ProfileHome(emulator: nil)
        let secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYLEAKEDKEY"
        let process = try home.script(
            "broken.sh", "#!/bin/sh\necho '{\"SecretAccessKey\": \"\(secret)\"}'\necho \"\(secret)\" >&2\nexit 3\n")
        try home.config("[profile broken]\ncredential_process = \(process)\n")
        let result = try await whoami(home, "broken")
        #expect(result.status == 2)
        #expect(
            result.stderr.contains("profile \"broken\": credential_process exited with status 3"), "\(result.stderr)")
        #expect(!result.stderr.contains(secret))
        #expect(!result.stdout.contains(secret))
    }

    @Test func expiredOrMissingSSOLoginSaysToLogIn() async throws {
        let home = try ProfileHome(emulator: nil)
        try home.config(
            """
            [profile expired]
            sso_session = corp
            sso_account_id = 123456789012
            sso_role_name = Admin
            [profile missing]
            sso_start_url = https://nobody.awsapps.com/start
            sso_region = us-east-1
            sso_account_id = 123456789012
            sso_role_name = Admin
            [sso-session corp]
            sso_start_url = https://corp.awsapps.com/start
            sso_region = us-east-1
            """)
        try home.ssoToken(startURL: "https://corp.awsapps.com/start", session: "corp", expiresIn: -60)
        let before = home.ssoCacheFiles
        for profile in ["expired", "missing"] {
            let result = try await whoami(home, profile)
            #expect(result.status == 2)
            #expect(result.stderr.contains("run `aws sso login --profile \(profile)`"), "\(result.stderr)")
            #expect(!result.stderr.contains("sso-token"))
        }
        #expect(home.ssoCacheFiles == before)
    }
}
