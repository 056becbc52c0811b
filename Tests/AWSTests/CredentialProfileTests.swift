import AWS
import Foundation
import Testing

/// Profiles from the shared credentials and config files, in temporary folders.
struct CredentialProfileTests {
    static let secret = "ProfileSecretKeyEXAMPLE0000000000000000000"

    @Test func namedProfileFromTheCredentialsFile() async throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "credentials",
            """
            [default]
            aws_access_key_id = AKIDDEFAULT
            aws_secret_access_key = defaultsecret

            # the CI deployer
            [deploy]
            aws_access_key_id=AKIDDEPLOY
            aws_secret_access_key = \(Self.secret)
            aws_session_token = tokendeploy
            """)
        let files = try SharedConfigFiles.load(environment: folder.environment())
        let credentials = try await ProfileCredentialProvider(profileName: "deploy", files: files).credentials()
        #expect(
            credentials
                == Credentials(accessKeyId: "AKIDDEPLOY", secretAccessKey: Self.secret, sessionToken: "tokendeploy"))
    }

    @Test func profileSectionOfTheConfigFileAndCredentialsFilePrecedence() async throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "config",
            """
            [profile ci]
            region = eu-west-1
            aws_access_key_id = AKIDCONFIG
            aws_secret_access_key = configsecret
            [profile other]
            aws_access_key_id = AKIDOTHER
            aws_secret_access_key = othersecret
            """)
        try folder.write("credentials", "[ci]\naws_access_key_id = AKIDCREDS\naws_secret_access_key = credssecret\n")
        let files = try SharedConfigFiles.load(environment: folder.environment())
        #expect(
            try await ProfileCredentialProvider(profileName: "ci", files: files).credentials().accessKeyId
                == "AKIDCREDS")
        #expect(
            try await ProfileCredentialProvider(profileName: "other", files: files).credentials().accessKeyId
                == "AKIDOTHER")
    }

    @Test func roleProfilesArePlannedThroughTheirSources() async throws {
        let folder = try TemporaryFolder()
        try folder.write("credentials", "[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = s\n")
        try folder.write(
            "config",
            """
            [profile admin]
            role_arn = arn:aws:iam::123456789012:role/admin
            source_profile = default
            mfa_serial = arn:aws:iam::123456789012:mfa/me
            [profile self]
            role_arn = arn:aws:iam::123456789012:role/self
            source_profile = self
            aws_access_key_id = AKIDSELF
            aws_secret_access_key = s
            [profile orphan]
            role_arn = arn:aws:iam::123456789012:role/orphan
            source_profile = nowhere
            """)
        let files = try SharedConfigFiles.load(environment: folder.environment())
        let planner = ProfileCredentialPlanner(files: files)
        let admin = try planner.plan("admin")
        #expect(admin?.kind == "assume-role")
        #expect(admin?.profiles == ["admin", "default"])
        #expect(
            admin?.summary
                == "role arn:aws:iam::123456789012:role/admin (profile \"admin\") with MFA <- keys of profile "
                + "\"default\" in \(folder.path("credentials"))")
        // A profile may use its own keys as the source of its role: not a cycle.
        #expect(try planner.plan("self")?.profiles == ["self", "self"])
        #expect(throws: CredentialError.self) { try planner.plan("orphan") }
        // Without a configuration to call STS with, only keys can be used.
        let error = await #expect(throws: CredentialError.self) {
            try await ProfileCredentialProvider(profileName: "admin", files: files).credentials()
        }
        #expect(error?.description == "profile \"admin\": assume-role needs an AWS configuration")
    }

    @Test func halfAKeyPairNeverEchoesTheSecret() async throws {
        let folder = try TemporaryFolder()
        try folder.write("credentials", "[default]\naws_secret_access_key = \(Self.secret)\n")
        let files = try SharedConfigFiles.load(environment: folder.environment())
        let error = await #expect(throws: CredentialError.self) {
            try await ProfileCredentialProvider(profileName: "default", files: files).credentials()
        }
        #expect(
            error?.description
                == "profile \"default\": has only one of aws_access_key_id and aws_secret_access_key; set both")
        #expect(error?.description.contains(Self.secret) == false)
    }

    @Test func missingProfileIsNotConfigured() async throws {
        let folder = try TemporaryFolder()
        let files = try SharedConfigFiles.load(environment: folder.environment())
        let error = await #expect(throws: CredentialError.self) {
            try await ProfileCredentialProvider(profileName: "default", files: files).credentials()
        }
        #expect(error?.isNotConfigured == true)
        #expect(
            error?.description
                == "profile \"default\": not found in \(folder.path("credentials")) and \(folder.path("config"))")
    }
}
