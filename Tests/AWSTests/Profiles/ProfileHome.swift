import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// A temporary HOME with `~/.aws/config`, credentials and SSO cache files, and the environment that makes
/// both the AWS CLI and stackcheck read only it and talk only to the emulator.
final class ProfileHome: Sendable {
    let folder: TemporaryFolder
    let endpoint: URL
    let region = "us-east-2"

    /// - Parameter emulator: where calls go; nil for tests that must fail before any call (the endpoint is
    ///   then a closed loopback port, so a call made by mistake fails loudly).
    init(emulator: Emulator?) throws {
        folder = try TemporaryFolder()
        endpoint = emulator?.endpoint ?? URL(string: "http://127.0.0.1:9")!
        try FileManager.default.createDirectory(
            atPath: folder.path(".aws/sso/cache"), withIntermediateDirectories: true)
    }

    func config(_ text: String) throws { try folder.write(".aws/config", text) }
    func credentials(_ text: String) throws { try folder.write(".aws/credentials", text) }

    /// An executable script in the folder; returns its path.
    func script(_ name: String, _ text: String) throws -> String {
        let path = try folder.write(name, text)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    /// The cached token as `aws sso login` leaves it, under the AWS CLI's file name.
    func ssoToken(startURL: String, session: String?, expiresIn seconds: TimeInterval, token: String = "sso-token")
        throws
    {
        let expires = Date().addingTimeInterval(seconds).formatted(.iso8601)
        let name = SSOCredentialProvider.cacheFileName(startURL: startURL, sessionName: session)
        try folder.write(
            ".aws/sso/cache/\(name)",
            #"{"startUrl": "\#(startURL)", "region": "us-east-1", "accessToken": "\#(token)", "expiresAt": "\#(expires)"}"#
        )
    }

    var ssoCacheFiles: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder.path(".aws/sso/cache")).sorted()) ?? []
    }

    /// Only this HOME's files, the emulator's endpoint, no keys or profile from the caller's environment.
    func environment(_ extra: [String: String?] = [:]) -> [String: String?] {
        var env: [String: String?] = [
            "HOME": folder.url.path, "AWS_CONFIG_FILE": folder.path(".aws/config"),
            "AWS_SHARED_CREDENTIALS_FILE": folder.path(".aws/credentials"), "AWS_EC2_METADATA_DISABLED": "true",
            "AWS_ENDPOINT_URL": endpoint.absoluteString, "AWS_REGION": region, "AWS_DEFAULT_REGION": region,
        ]
        for key in [
            "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN", "AWS_PROFILE",
            "AWS_DEFAULT_PROFILE", "AWS_CA_BUNDLE", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_ROLE_ARN",
            "AWS_ROLE_SESSION_NAME", "AWS_CONTAINER_CREDENTIALS_FULL_URI", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
            "AWS_EC2_METADATA_SERVICE_ENDPOINT", "AWS_ENDPOINT_URL_STS", "AWS_ENDPOINT_URL_SSO", "AWS_MAX_ATTEMPTS",
            "AWS_RETRY_MODE", "AWS_USE_FIPS_ENDPOINT", "AWS_USE_DUALSTACK_ENDPOINT",
        ] {
            env[key] = .some(nil)
        }
        for (key, value) in extra { env[key] = value }
        return env
    }

    /// The ARN `aws sts get-caller-identity --profile P` reports.
    func awsCLIArn(_ profile: String, _ extra: [String: String?] = [:], stdin: String? = nil) async throws -> String {
        let result = try await Tool.run(
            "aws", ["sts", "get-caller-identity", "--profile", profile, "--output", "json"],
            environment: environment(extra), stdin: stdin.map { Data($0.utf8) })
        #expect(result.status == 0, "aws-cli: \(result.stderr)")
        return try Self.arn(result.stdout)
    }

    /// The ARN `stackcheck whoami --profile P` reports.
    func stackcheckArn(_ profile: String, _ extra: [String: String?] = [:], arguments: [String] = []) async throws
        -> String
    {
        let result = try await CLI.run(
            ["whoami", "--profile", profile, "--format", "json"] + arguments, environment: environment(extra))
        #expect(result.status == 0, "stackcheck: \(result.stderr)")
        return try Self.arn(result.stdout)
    }

    static func arn(_ json: String) throws -> String {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return (object?["Arn"] ?? object?["arn"]) as? String ?? "<no arn in \(json)>"
    }
}
