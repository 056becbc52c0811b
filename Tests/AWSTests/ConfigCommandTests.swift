import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// `stackcheck config`: where each setting comes from, the credential kind and profile chain, never a key
/// or token, and no network call (the endpoint URL is unreachable on purpose).
@Suite("stackcheck config")
struct ConfigCommandTests {
    static let secret = "ConfigSecretKeyEXAMPLE000000000000000000"

    func environment(_ folder: TemporaryFolder, _ extra: [String: String?] = [:]) -> [String: String?] {
        var env: [String: String?] = folder.environment().mapValues { $0 }
        for key in [
            "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_REGION",
            "AWS_DEFAULT_REGION", "AWS_CA_BUNDLE", "AWS_ENDPOINT_URL", "AWS_MAX_ATTEMPTS", "AWS_RETRY_MODE",
            "AWS_USE_FIPS_ENDPOINT", "AWS_USE_DUALSTACK_ENDPOINT", "AWS_WEB_IDENTITY_TOKEN_FILE",
        ] {
            env[key] = .some(nil)
        }
        for (key, value) in extra { env[key] = value }
        return env
    }

    @Test func roleChainSourcesAndNoSecrets() async throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "credentials", "[base]\naws_access_key_id = AKIDCONFIGBASE\naws_secret_access_key = \(Self.secret)\n")
        try folder.write(
            "config",
            """
            [profile deploy]
            role_arn = arn:aws:iam::123456789012:role/Deploy
            source_profile = base
            region = eu-west-1
            max_attempts = 5
            retry_mode = adaptive
            use_dualstack_endpoint = true
            """)
        let result = try await CLI.run(
            ["config", "--profile", "deploy", "--format", "json"],
            environment: environment(folder, ["AWS_USE_FIPS_ENDPOINT": "true"]))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains(Self.secret) && !result.stdout.contains("AKIDCONFIGBASE"))
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(report["schemaVersion"] as? Int == 1)
        let credentials = report["credentials"] as? [String: Any]
        #expect(credentials?["kind"] as? String == "assume-role")
        #expect(credentials?["profiles"] as? [String] == ["deploy", "base"])
        #expect((report["region"] as? [String: String])?["source"] == "profile \"deploy\" region")
        let retry = report["retry"] as? [String: [String: Any]]
        #expect(retry?["mode"]?["value"] as? String == "adaptive")
        #expect(retry?["maxAttempts"]?["value"] as? Int == 5)
        #expect(retry?["maxAttempts"]?["source"] as? String == "profile \"deploy\" max_attempts")
        let endpoints = report["endpoints"] as? [String: [String: String]]
        #expect(endpoints?["ecs"]?["url"] == "https://ecs-fips.eu-west-1.api.aws")
        #expect(endpoints?["iam"]?["url"] == "https://iam-fips.global.api.aws")
        #expect(endpoints?["iam"]?["signingRegion"] == "us-east-1")
        #expect(endpoints?["sso"]?["url"] == "https://portal.sso-fips.eu-west-1.api.aws")
        #expect(Set(endpoints?.keys.map { $0 } ?? []) == Set(EndpointRules.reported.map(\.name)))
    }

    @Test func customEndpointAndTextOutput() async throws {
        let folder = try TemporaryFolder()
        try folder.write("config", "[default]\nregion = us-west-2\n")
        let result = try await CLI.run(
            ["config"],
            environment: environment(
                folder,
                [
                    "AWS_ENDPOINT_URL_STS": "http://127.0.0.1:9", "AWS_ACCESS_KEY_ID": "AKIDENV",
                    "AWS_SECRET_ACCESS_KEY": Self.secret,
                ]))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains(Self.secret) && !result.stdout.contains("AKIDENV"))
        #expect(result.stdout.contains("region                   us-west-2  [profile \"default\" region]"))
        #expect(
            result.stdout.contains(
                "sts                      http://127.0.0.1:9 (signs for us-west-2)  [AWS_ENDPOINT_URL_<SERVICE>]"))
        #expect(
            result.stdout.contains("credentials              environment variables (AWS_ACCESS_KEY_ID)  [environment]"))
    }
}
