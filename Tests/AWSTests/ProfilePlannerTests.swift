import AWS
import Foundation
import Testing

/// How profiles are read into credential plans, in botocore's order, with one-line errors.
struct ProfilePlannerTests {
    func planner(_ config: String, credentials: String = "") throws -> ProfileCredentialPlanner {
        ProfileCredentialPlanner(
            files: SharedConfigFiles(
                credentials: try ConfigFile.parse(credentials, path: "creds"),
                config: try ConfigFile.parse(config, path: "cfg")))
    }

    @Test func botocoreOrderWithinAProfile() throws {
        let planner = try planner(
            """
            [profile everything]
            role_arn = arn:aws:iam::1:role/R
            credential_source = Environment
            credential_process = /bin/false
            aws_access_key_id = A
            aws_secret_access_key = S
            [profile process-first]
            credential_process = /usr/bin/creds
            aws_access_key_id = A
            aws_secret_access_key = S
            """, credentials: "[keys-first]\naws_access_key_id = A\naws_secret_access_key = S\n")
        #expect(try planner.plan("everything")?.kind == "assume-role")
        // credential_process comes before keys in the config file, after keys in the credentials file.
        #expect(try planner.plan("process-first") == .process(profile: "process-first", command: "/usr/bin/creds"))
        #expect(try planner.plan("keys-first") == .staticKeys(profile: "keys-first", file: "creds"))
        #expect(try planner.plan("nothing-here") == nil)
    }

    @Test(arguments: [
        (
            "[profile p]\nrole_arn = arn:aws:iam::1:role/R\nsource_profile = q\ncredential_source = Environment\n",
            "profile \"p\": both source_profile and credential_source are set; keep one"
        ),
        (
            "[profile p]\nrole_arn = arn:aws:iam::1:role/R\ncredential_source = Lambda\n",
            "profile \"p\": credential_source `Lambda` is not known; use Environment, Ec2InstanceMetadata or EcsContainer"
        ),
        (
            "[profile p]\nrole_arn = arn:aws:iam::1:role/R\n",
            "profile \"p\": role_arn needs source_profile or credential_source; add one"
        ),
        (
            "[profile p]\nsso_start_url = https://x/start\nsso_region = us-east-1\n",
            "profile \"p\": SSO needs sso_account_id, sso_role_name; add them"
        ),
        (
            "[profile p]\nsso_session = s\nsso_account_id = 1\nsso_role_name = R\n",
            "profile \"p\": sso_session \"s\" has no [sso-session s] section in cfg; add it"
        ),
        (
            "[profile p]\nrole_arn = arn:aws:iam::1:role/R\nsource_profile = p\n",
            "profile \"p\": source_profile loops back to \"p\" (p -> p); break the cycle"
        ),
        (
            "[profile p]\nrole_arn = arn:aws:iam::1:role/R\nsource_profile = q\n[profile q]\nregion = us-east-1\n",
            "profile \"p\": source_profile \"q\" has no credentials (no keys, role_arn, sso or credential_process); add them"
        ),
    ])
    func misconfiguredProfiles(_ config: String, _ message: String) throws {
        let error = #expect(throws: CredentialError.self) { try planner(config).plan("p") }
        #expect(error?.description == message)
        #expect(error?.isNotConfigured == false)
    }

    @Test func credentialProcessCommandLinesSplitLikeAShell() async throws {
        let folder = try TemporaryFolder()
        let script = try folder.write(
            "echo args.sh", "#!/bin/sh\nprintf '%s|' \"$@\" > '\(folder.path("args"))'\nexit 0\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        // A path with a space, quoted words, an escaped space: one process, no shell.
        let provider = ProcessCredentialProvider(
            profile: "p", command: "'\(script)' \"two words\" a\\ b 'it''s'", environment: [:])
        let error = await #expect(throws: CredentialError.self) { try await provider.credentials() }
        #expect(error?.description == "profile \"p\": credential_process did not print a JSON object")
        #expect(try String(contentsOfFile: folder.path("args"), encoding: .utf8) == "two words|a b|its|")
        let unclosed = ProcessCredentialProvider(profile: "p", command: "run 'open", environment: [:])
        let quoteError = await #expect(throws: CredentialError.self) { try await unclosed.credentials() }
        #expect(quoteError?.description == "profile \"p\": credential_process has an unclosed quote; close it")
    }
}
