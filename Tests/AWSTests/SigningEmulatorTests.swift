import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// The signer against a real SigV4 verifier: the emulator (moto) with IAM auth switched on recomputes
/// each signature with botocore's signer and checks the caller's policies.
@Suite(.serialized)
struct SigningEmulatorTests {
    let transport = CurlTransport(maxConcurrentRequests: 2, connectTimeout: .seconds(2))

    /// A form POST (query protocol) signed for the service, sent to the emulator.
    /// (moto re-signs a GET's query parameters as if they were a form body, so only POSTs verify there; the
    /// official suite covers query strings.)
    func call(_ emulator: Emulator, _ service: AWSService, _ form: String, _ keys: Credentials) async throws
        -> (status: Int, body: String)
    {
        let signer = SigV4Signer(service: service.signingName, region: emulator.region)
        let request = HTTPRequest(
            method: "POST", url: emulator.endpoint,
            headers: [("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")], body: Array(form.utf8))
        let signed = signer.sign(request, credentials: keys)
        let response = try await transport.send(signed, timeout: Emulator.harnessTimeout)
        return (response.status, String(decoding: response.body, as: UTF8.self))
    }

    static func field(_ name: String, in body: String) -> String? {
        guard let start = body.range(of: "<\(name)>"),
            let end = body.range(of: "</\(name)>", range: start.upperBound..<body.endIndex)
        else { return nil }
        return String(body[start.upperBound..<end.lowerBound])
    }

    static func policy(_ statement: String) -> String {
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","# + statement + "}]}"
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(
            withAllowedCharacters: CharacterSet(
                charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")) ?? text
    }

    @Test func signaturesAreVerifiedByTheEmulator() async throws {
        let emulator = try await Emulator.start()
        defer { emulator.stop() }
        let setup = Credentials(accessKeyId: "AKIASETUPEXAMPLE0000", secretAccessKey: "setup")
        let policy = Self.policy(#""Action":["sts:*","iam:GetUser"],"Resource":"*""#)
        let trust = Self.policy(
            #""Principal":{"AWS":"arn:aws:iam::123456789012:user/signer"},"Action":"sts:AssumeRole""#)
        // The four setup calls go through before auth starts (moto lets the first N actions through).
        try await reset(emulator, allowing: 4)
        _ = try await call(emulator, .iam, "Action=CreateUser&Version=2010-05-08&UserName=signer", setup)
        let created = try await call(emulator, .iam, "Action=CreateAccessKey&Version=2010-05-08&UserName=signer", setup)
        _ = try await call(
            emulator, .iam,
            "Action=PutUserPolicy&Version=2010-05-08&UserName=signer&PolicyName=p"
                + "&PolicyDocument=\(Self.encode(policy))",
            setup)
        _ = try await call(
            emulator, .iam,
            "Action=CreateRole&Version=2010-05-08&RoleName=reader&AssumeRolePolicyDocument=\(Self.encode(trust))", setup
        )
        let keys = Credentials(
            accessKeyId: try #require(Self.field("AccessKeyId", in: created.body)),
            secretAccessKey: try #require(Self.field("SecretAccessKey", in: created.body)))

        let identity = try await call(emulator, .sts, "Action=GetCallerIdentity&Version=2011-06-15", keys)
        #expect(identity.status == 200)
        #expect(identity.body.contains("arn:aws:iam::123456789012:user/signer"))

        let user = try await call(emulator, .iam, "Action=GetUser&Version=2010-05-08&UserName=signer", keys)
        #expect(user.status == 200)

        var wrong = keys
        wrong.secretAccessKey = "not-the-secret"
        let rejected = try await call(emulator, .sts, "Action=GetCallerIdentity&Version=2011-06-15", wrong)
        #expect(rejected.status == 403)
        #expect(Self.field("Code", in: rejected.body) == "SignatureDoesNotMatch")

        // Temporary credentials: the session token is signed and checked too.
        let assumed = try await call(
            emulator, .sts,
            "Action=AssumeRole&Version=2011-06-15&RoleArn=\(Self.encode("arn:aws:iam::123456789012:role/reader"))"
                + "&RoleSessionName=signing", keys)
        #expect(assumed.status == 200)
        let session = Credentials(
            accessKeyId: try #require(Self.field("AccessKeyId", in: assumed.body)),
            secretAccessKey: try #require(Self.field("SecretAccessKey", in: assumed.body)),
            sessionToken: Self.field("SessionToken", in: assumed.body))
        let asRole = try await call(emulator, .sts, "Action=GetCallerIdentity&Version=2011-06-15", session)
        #expect(asRole.status == 200)
        #expect(asRole.body.contains("assumed-role/reader/signing"))
    }

    func reset(_ emulator: Emulator, allowing count: Int) async throws {
        let url = URL(string: emulator.endpoint.absoluteString + "/moto-api/reset-auth")!
        let response = try await transport.send(
            HTTPRequest(method: "POST", url: url, body: Array(String(count).utf8)), timeout: .seconds(10))
        #expect(response.status == 200)
    }
}
