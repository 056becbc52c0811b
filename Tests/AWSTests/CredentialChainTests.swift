import AWS
import Foundation
import Testing

/// The standard chain's order and its messages, from an injected environment and temporary files.
struct CredentialChainTests {
    static let secret = "ChainSecretKeyEXAMPLE00000000000000000000"

    static func chain(_ folder: TemporaryFolder, profile: String? = nil, _ extra: [String: String] = [:]) throws
        -> CredentialChain
    {
        let configuration = try AWSConfiguration(profile: profile, environment: folder.environment(extra))
        return CredentialChain.standard(
            configuration: configuration, transport: CurlTransport(connectTimeout: .seconds(1)))
    }

    static func writeProfiles(_ folder: TemporaryFolder) throws {
        try folder.write(
            "credentials",
            """
            [default]
            aws_access_key_id = AKIDDEFAULT
            aws_secret_access_key = \(secret)
            [ci]
            aws_access_key_id = AKIDCI
            aws_secret_access_key = \(secret)
            """)
    }

    @Test func environmentComesBeforeTheProfile() async throws {
        let folder = try TemporaryFolder()
        try Self.writeProfiles(folder)
        let env = ["AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": Self.secret, "AWS_PROFILE": "ci"]
        #expect(try await Self.chain(folder, env).credentials().accessKeyId == "AKIDENV")
    }

    @Test func awsProfileChoosesTheProfile() async throws {
        let folder = try TemporaryFolder()
        try Self.writeProfiles(folder)
        #expect(try await Self.chain(folder, ["AWS_PROFILE": "ci"]).credentials().accessKeyId == "AKIDCI")
        #expect(try await Self.chain(folder).credentials().accessKeyId == "AKIDDEFAULT")
    }

    @Test func profileFlagWinsOverEnvironmentKeys() async throws {
        let folder = try TemporaryFolder()
        try Self.writeProfiles(folder)
        let env = ["AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": Self.secret, "AWS_PROFILE": "default"]
        #expect(try await Self.chain(folder, profile: "ci", env).credentials().accessKeyId == "AKIDCI")
    }

    @Test func nothingFoundListsEverySourceTried() async throws {
        let folder = try TemporaryFolder()
        let error = await #expect(throws: CredentialError.self) { try await Self.chain(folder).credentials() }
        #expect(
            error?.description
                == "no AWS credentials found (tried environment: AWS_ACCESS_KEY_ID is not set; "
                + "web identity: AWS_WEB_IDENTITY_TOKEN_FILE is not set; "
                + "profile \"default\": not found in \(folder.path("credentials")) and \(folder.path("config")); "
                + "container: AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and AWS_CONTAINER_CREDENTIALS_FULL_URI "
                + "are not set; "
                + "instance metadata: disabled by AWS_EC2_METADATA_DISABLED); set AWS_ACCESS_KEY_ID and "
                + "AWS_SECRET_ACCESS_KEY, or name a profile with keys with --profile or AWS_PROFILE")
    }

    @Test func aBrokenSourceStopsTheChainWithoutLeakingTheSecret() async throws {
        let folder = try TemporaryFolder()
        try Self.writeProfiles(folder)
        // Half a key pair in the environment must not fall through to the profile's (other) identity.
        let error = await #expect(throws: CredentialError.self) {
            try await Self.chain(folder, ["AWS_SECRET_ACCESS_KEY": Self.secret]).credentials()
        }
        #expect(
            error?.description == "environment: AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not; set both")
        #expect(error.map { "\($0)" }?.contains(Self.secret) == false)
    }

    @Test func noInstanceMetadataFailsFast() async throws {
        let folder = try TemporaryFolder()
        // A loopback port nobody listens on: refused at once, reported as "not configured".
        let env = ["AWS_EC2_METADATA_DISABLED": "false", "AWS_EC2_METADATA_SERVICE_ENDPOINT": "http://127.0.0.1:9"]
        let error = await #expect(throws: CredentialError.self) { try await Self.chain(folder, env).credentials() }
        #expect(
            error?.description.contains("instance metadata: no answer from http://127.0.0.1:9 (connectionRefused)")
                == true)
    }
}
