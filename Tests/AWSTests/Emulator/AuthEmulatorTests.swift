import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// moto's IAM auth applies server-wide, so this suite runs its own emulator and switches auth on
/// after creating its users through the emulator.
@Suite("Signing and IAM auth against the emulator", .serialized)
struct AuthEmulatorTests {
    struct Setup: Sendable {
        let emulator: Emulator
        let full: Credentials
        let limited: Credentials
    }

    static func setUp() async throws -> Setup {
        let emulator = try await Emulator.start()
        let iam = emulatorClient(emulator).iam
        let suffix = UInt32.random(in: 0..<1_000_000)
        var keys: [Credentials] = []
        for (user, actions) in [("full-\(suffix)", "\"*\""), ("limited-\(suffix)", "[\"sts:GetCallerIdentity\"]")] {
            try await iam.createUser(userName: user)
            let document =
                #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":\#(actions),"Resource":"*"}]}"#
            try await iam.putUserPolicy(userName: user, policyName: "access", document: document)
            keys.append(try await iam.createAccessKey(userName: user))
        }
        // Auth from the next request on (moto counts requests since the reset against this number).
        let reset = URL(string: emulator.endpoint.absoluteString + "/moto-api/reset-auth")!
        let answer = try await CurlTransport().send(
            HTTPRequest(method: "POST", url: reset, body: Array("0".utf8)), timeout: .seconds(10))
        guard answer.status == 200 else { throw EmulatorError("reset-auth answered \(answer.status)") }
        return Setup(emulator: emulator, full: keys[0], limited: keys[1])
    }

    func environment(_ emulator: Emulator, _ keys: Credentials?) -> [String: String?] {
        var env = emulator.cliEnvironment
        env["AWS_ACCESS_KEY_ID"] = .some(keys?.accessKeyId)
        env["AWS_SECRET_ACCESS_KEY"] = .some(keys?.secretAccessKey)
        return env
    }

    @Test func keysProfilesWrongSecretsAndMissingPermissions() async throws {
        let setup = try await Self.setUp()
        let emulator = setup.emulator
        defer { emulator.stop() }
        let secrets = [setup.full.secretAccessKey, setup.limited.secretAccessKey]

        // Keys from the environment are accepted.
        let fromEnv = try await CLI.run(["whoami", "--format", "json"], environment: environment(emulator, setup.full))
        #expect(fromEnv.status == 0, "\(fromEnv.stderr)")
        #expect(fromEnv.stdout.contains("user/full-"))

        // So are keys from a named profile of the shared credentials file.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "stackcheck-auth-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let credentialsFile = folder.appendingPathComponent("credentials")
        try
            "[ci]\naws_access_key_id = \(setup.full.accessKeyId)\naws_secret_access_key = \(setup.full.secretAccessKey)\n"
            .write(to: credentialsFile, atomically: true, encoding: .utf8)
        try "".write(to: folder.appendingPathComponent("config"), atomically: true, encoding: .utf8)
        var profileEnv = environment(emulator, nil)
        profileEnv["AWS_SHARED_CREDENTIALS_FILE"] = credentialsFile.path
        profileEnv["AWS_CONFIG_FILE"] = folder.appendingPathComponent("config").path
        let fromProfile = try await CLI.run(["whoami", "--profile", "ci"], environment: profileEnv)
        #expect(fromProfile.status == 0, "\(fromProfile.stderr)")
        #expect(fromProfile.stdout.contains("user/full-"))

        // A wrong secret is a signature error, said plainly, and the secret is never printed.
        let wrong = Credentials(accessKeyId: setup.full.accessKeyId, secretAccessKey: "not-the-secret-0123456789")
        let badSignature = try await CLI.run(["describe", "--stack", "any"], environment: environment(emulator, wrong))
        #expect(badSignature.status == 2)
        #expect(
            badSignature.stderr.hasPrefix(
                "error: cloudformation:DescribeStacks failed: the request signature was rejected (SignatureDoesNotMatch): "
                    + "check the access key id and secret access key, and the system clock: "))
        #expect(!badSignature.stderr.contains("not-the-secret"))

        // A caller without cloudformation:DescribeStacks is told which permission it lacks.
        let denied = try await CLI.run(["describe", "--stack", "any"], environment: environment(emulator, setup.limited))
        #expect(denied.status == 2)
        #expect(
            denied.stderr.hasPrefix(
                "error: cloudformation:DescribeStacks failed: access denied: the caller lacks permission "
                    + "cloudformation:DescribeStacks (AccessDenied): "), "\(denied.stderr)")
        let error = await awsError {
            _ = try await emulatorClient(emulator, credentials: setup.limited).cloudFormation.describeStacks()
        }
        #expect(error?.missingAction == "cloudformation:DescribeStacks")
        #expect(error?.isInconclusive == false)

        for output in [fromEnv, fromProfile, badSignature, denied] {
            for secret in secrets { #expect(!(output.stdout + output.stderr).contains(secret)) }
        }
    }
}
