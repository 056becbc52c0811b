import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// No secret reaches any output: every live command and every format, against an endpoint that echoes
/// the signed request (session token, Authorization, signature) the way SignatureDoesNotMatch does.
@Suite struct SecretRedactionTests {
    static let secret = "CANARYsecretKEY0123456789abcdefghijklmnop"
    static let token = "CANARYsessionTOKEN//+ZZZ0123456789abcdefghijklmnopqrstuvwxyz=="

    static func environment(_ endpoint: URL) -> [String: String?] {
        [
            "AWS_ENDPOINT_URL": endpoint.absoluteString, "AWS_ACCESS_KEY_ID": "AKIACANARY0000000000",
            "AWS_SECRET_ACCESS_KEY": secret, "AWS_SESSION_TOKEN": token, "AWS_REGION": "us-east-2",
            "AWS_PROFILE": nil, "AWS_CONFIG_FILE": "/nonexistent/config",
            "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/credentials",
        ]
    }

    /// Each secret, and the signatures the server saw, absent from `text`.
    static func expectClean(_ text: String, _ what: String, signatures: [String]) {
        #expect(!text.contains(secret), "\(what) printed the secret key: \(text)")
        #expect(!text.contains(token), "\(what) printed the session token: \(text)")
        #expect(!text.contains("CANARYsessionTOKEN"), "\(what) printed part of the session token: \(text)")
        for signature in signatures where !signature.isEmpty {
            #expect(!text.contains(signature), "\(what) printed a request signature: \(text)")
        }
    }

    @Test func theRedactorMasksWhatAWSEchoes() {
        SecretRedactor.remember(["a-remembered-secret-value"])
        let text = """
            x-amz-security-token:FQoGZXIvYXdzEJr//////////wEaDOtoken
            Authorization: AWS4-HMAC-SHA256 Credential=AKIA/20260101/us-east-1/sts/aws4_request, \
            SignedHeaders=host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7
            https://sts.amazonaws.com/?X-Amz-Security-Token=abc%2Fdef&X-Amz-Signature=0a1b2c3d4e5f60718293a4b5c6d7e8f9
            and the secret a-remembered-secret-value again
            """
        let safe = SecretRedactor.redact(text)
        #expect(!safe.contains("FQoGZXIvYXdzEJr"))
        #expect(!safe.contains("5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"))
        #expect(!safe.contains("abc%2Fdef"))
        #expect(!safe.contains("0a1b2c3d4e5f60718293a4b5c6d7e8f9"))
        #expect(!safe.contains("a-remembered-secret-value"))
        #expect(safe.contains("x-amz-security-token:<redacted>"))
        #expect(safe.contains("Authorization: <redacted>"))
    }

    @Test func anAWSErrorNeverCarriesTheEchoedToken() {
        let error = AWSError(
            kind: .service, service: "sts", operation: "GetCallerIdentity", code: "SignatureDoesNotMatch",
            message: "'POST\n/\n\nhost:sts\nx-amz-security-token:IQoJb3JpZ2luX2VjEHoaCXVzLWVhc3QtMSJHMEUCIQD\n'",
            requestId: "r", status: 403)
        #expect(!error.message.contains("IQoJb3JpZ2luX2VjEHoaCXVzLWVhc3QtMSJHMEUCIQD"))
        #expect(!error.description.contains("IQoJb3JpZ2luX2VjEHoaCXVzLWVhc3QtMSJHMEUCIQD"))
        #expect(error.description.contains("(HTTP 403, request id r)"))
    }

    @Test func everyCommandAndFormatThroughTheBinary() async throws {
        let echo = try SignatureEchoServer(alsoEcho: Self.secret)
        defer { echo.stop() }
        let webhook = try LoopbackServer { _ in .text("{}") }
        defer { webhook.stop() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("redact-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = try TinyStack.templateFile()
        let history = folder.appendingPathComponent("history.jsonl").path
        var runs: [(String, [String])] = [("whoami", ["whoami"]), ("whoami json", ["whoami", "--format", "json"])]
        for format in ["text", "json"] {
            runs.append(("describe \(format)", ["describe", "--stack", "s", "--format", format]))
        }
        for format in ["text", "json", "junit", "markdown"] {
            runs.append(
                (
                    "drift \(format)",
                    ["drift", "--stack", "s", "--stack", "t", "--template", template, "--format", format]
                ))
            runs.append(("smoke \(format)", ["smoke", "--stack", "s", "--timeout", "0", "--format", format]))
        }
        runs.append(("deploy", ["deploy", "--stack", "s", "--template", template]))
        runs.append(
            (
                "watch",
                [
                    "watch", "--stack", "s", "--template", template, "--every", "1h", "--max-runs", "1", "--history",
                    history, "--notify", webhook.endpoint.absoluteString,
                ]
            ))
        for (what, arguments) in runs {
            let result = try await CLI.run(arguments, environment: Self.environment(echo.endpoint))
            // watch runs until stopped (exit 0) and records the error in its history instead.
            if what != "watch" {
                #expect(result.status == 2, "\(what) should fail to decide: \(result.stdout)\(result.stderr)")
                #expect(
                    result.stderr.contains("SignatureDoesNotMatch") || result.stdout.contains("SignatureDoesNotMatch"),
                    "\(what) did not show the AWS error: \(result.stdout)\(result.stderr)")
            }
            // The echoed secrets were there and were masked, not lost with the rest of the message.
            #expect(
                what == "watch" || (result.stdout + result.stderr).contains(SecretRedactor.mask),
                "\(what): \(result.stderr)")
            Self.expectClean(result.stdout, "\(what) stdout", signatures: echo.signatures)
            Self.expectClean(result.stderr, "\(what) stderr", signatures: echo.signatures)
        }
        // The server really did echo the secrets: otherwise this test would prove nothing.
        #expect(echo.server.requests.contains { $0.header("X-Amz-Security-Token") == Self.token })
        #expect(!echo.signatures.isEmpty)
        let stored = try String(contentsOfFile: history, encoding: .utf8)
        #expect(stored.contains("SignatureDoesNotMatch") && stored.contains(SecretRedactor.mask))
        Self.expectClean(stored, "watch history", signatures: echo.signatures)
        let bodies = webhook.requests.map(\.bodyText)
        #expect(bodies.count == 1)
        #expect(bodies.first?.contains("SignatureDoesNotMatch") == true)
        for body in bodies { Self.expectClean(body, "webhook body", signatures: echo.signatures) }
    }
}
