import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// Answers far beyond the usual: read up to the 64 MiB cap, refused past it with an error that names the
/// operation; a malformed one is described in our words, never Foundation's.
@Suite struct LargeAnswerTests {
    static let keys: [String: String?] = [
        "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_SESSION_TOKEN": nil,
        "AWS_REGION": "us-east-2", "AWS_PROFILE": nil, "AWS_ENDPOINT_URL": nil,
        "AWS_CONFIG_FILE": "/nonexistent/config", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/credentials",
    ]

    /// A GetCallerIdentity answer padded with `members` list entries (about 300 bytes each).
    static func identityAnswer(members: Int) -> [UInt8] {
        var body = Array(
            ("<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/big</Arn>"
                + "<UserId>AIDABIG</UserId><Account>123456789012</Account><Extra>").utf8)
        body.reserveCapacity(members * 320)
        for index in 0..<members {
            body += Array(
                ("<member><LogicalResourceId>R\(index)</LogicalResourceId><PhysicalResourceId>phys-\(index)-"
                    + "abcdefghijklmnopqrstuvwxyz</PhysicalResourceId><ResourceType>AWS::Logs::LogGroup</ResourceType>"
                    + "<ResourceStatus>CREATE_COMPLETE</ResourceStatus></member>").utf8)
        }
        body += Array("</Extra></GetCallerIdentityResult></GetCallerIdentityResponse>".utf8)
        return body
    }

    static func server(_ body: [UInt8], status: Int = 200) throws -> LoopbackServer {
        try LoopbackServer { _ in
            .respond(
                HTTPResponse(
                    status: status, headers: [("Content-Type", "text/xml"), ("x-amzn-RequestId", "big-request-id")],
                    body: body))
        }
    }

    @Test func anAnswerOverTenMegabytesIsRead() async throws {
        let body = Self.identityAnswer(members: 70_000)
        #expect(body.count > 15_000_000)
        let server = try Self.server(body)
        defer { server.stop() }
        let result = try await CLI.run(
            ["whoami", "--endpoint-url", server.endpoint.absoluteString, "--format", "json"], environment: Self.keys)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"123456789012\""))
    }

    @Test func anAnswerOverTheCapIsRefusedNamingTheOperation() async throws {
        let body = [UInt8](repeating: UInt8(ascii: " "), count: ResponseLimit.maxBytes + 1)
        let server = try Self.server(body)
        defer { server.stop() }
        let result = try await CLI.run(
            ["whoami", "--endpoint-url", server.endpoint.absoluteString], environment: Self.keys)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(
            result.stderr.hasPrefix("error: sts:GetCallerIdentity failed: the answer from 127.0.0.1:"),
            "\(result.stderr)")
        #expect(result.stderr.contains("is too large: more than 64 MiB, stackcheck's limit for one answer"))
        // Refused, not retried: the same answer would come again.
        #expect(server.requests.count == 1)
    }

    @Test func aMalformedAnswerIsDescribedInOurWords() async throws {
        let server = try Self.server(Array("<GetCallerIdentityResponse><Oops></GetCallerIdentityResponse>".utf8))
        defer { server.stop() }
        let result = try await CLI.run(
            ["whoami", "--endpoint-url", server.endpoint.absoluteString], environment: Self.keys)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(
            result.stderr.hasPrefix(
                "error: sts:GetCallerIdentity failed: unreadable response: not well-formed XML at line 1, column"),
            "\(result.stderr)")
        #expect(result.stderr.hasSuffix("(HTTP 200, request id big-request-id)\n"), "\(result.stderr)")
        #expect(!result.stderr.contains("NSXMLParserErrorDomain"))
        #expect(!result.stderr.contains("The operation could not be completed"))
    }
}

/// A JSON answer of the wrong shape is described in our words too.
@Suite struct UnreadableJSONAnswerTests {
    @Test func aWrongShapeNamesThePathNotSwiftsDebugText() async throws {
        let server = try FaultServer(
            [], success: #"{"logGroups": [{"logGroupName": 7}]}"#, contentType: "application/x-amz-json-1.1")
        defer { server.stop() }
        let error = await awsError { _ = try await faultClient(server.endpoint).logs.describeLogGroups() }
        #expect(error?.kind == .invalidResponse)
        #expect(
            error?.description
                == "logs:DescribeLogGroups failed: unreadable response: expected a string at logGroups[0].logGroupName "
                + "(HTTP 200, request id fault-request-id)")
    }
}
