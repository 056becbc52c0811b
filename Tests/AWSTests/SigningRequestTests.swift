import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// `sign`/`presign` on `HTTPRequest`s: the wire parts come from the URL, as the transport will send them.
struct SigningRequestTests {
    static let date = Date(timeIntervalSince1970: 1_440_938_160)  // 2015-08-30T12:36:00Z, the suite's time
    static let keys = Credentials(
        accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    static let signer = SigV4Signer(service: "service", region: "us-east-1", clock: { date })

    @Test func signsLikeTheSuite() {
        // get-vanilla-query-order-key-case: same request through a URL.
        let request = HTTPRequest(
            method: "GET", url: URL(string: "https://example.amazonaws.com/?Param2=value2&Param1=value1")!)
        let signed = Self.signer.sign(request, credentials: Self.keys)
        #expect(signed.header("Host") == "example.amazonaws.com")
        #expect(signed.header("X-Amz-Date") == "20150830T123600Z")
        #expect(
            signed.header("Authorization")
                == "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                + "SignedHeaders=host;x-amz-date, "
                + "Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"
        )
        #expect(signed.url == request.url)
    }

    @Test func sessionTokenIsSentAndSigned() {
        var keys = Self.keys
        keys.sessionToken = "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267"
        let signed = Self.signer.sign(
            HTTPRequest(method: "GET", url: URL(string: "https://example.amazonaws.com/")!), credentials: keys)
        #expect(signed.header("X-Amz-Security-Token") == keys.sessionToken)
        // get-vanilla-with-session-token's signature.
        #expect(
            signed.header("Authorization")?.hasSuffix(
                "SignedHeaders=host;x-amz-date;x-amz-security-token, "
                    + "Signature=07ec1639c89043aa0e3e2de82b96708f198cceab042d4a97044c66dd9f74e7f8"
            ) == true)
    }

    @Test func resigningReplacesTheEarlierSignature() {
        let request = HTTPRequest(
            method: "POST", url: URL(string: "http://127.0.0.1:5000/")!,
            headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: Array("Action=GetCallerIdentity".utf8))
        let once = Self.signer.sign(request, credentials: Self.keys)
        let later = SigV4Signer(service: "service", region: "us-east-1", clock: { Self.date + 60 })
        let twice = later.sign(once, credentials: Self.keys)
        #expect(once.header("Host") == "127.0.0.1:5000")
        #expect(twice.headers.filter { $0.name == "Authorization" }.count == 1)
        #expect(twice.headers.filter { $0.name == "X-Amz-Date" }.map(\.value) == ["20150830T123700Z"])
        #expect(twice.header("Authorization") == later.sign(request, credentials: Self.keys).header("Authorization"))
    }

    @Test func defaultPortsAreLeftOutOfHost() {
        let https = Self.signer.sign(
            HTTPRequest(method: "GET", url: URL(string: "https://example.com:443/")!), credentials: Self.keys)
        let http = Self.signer.sign(
            HTTPRequest(method: "GET", url: URL(string: "http://example.com:8080/")!), credentials: Self.keys)
        #expect(https.header("Host") == "example.com")
        #expect(http.header("Host") == "example.com:8080")
    }

    @Test func pathsAreEncodedTwiceExceptForS3() {
        let path = "/a%20b/c"
        let standard = Self.signer.canonicalRequest(method: "GET", path: path, query: "", headers: [], payloadHash: "-")
        let s3 = SigV4Signer(service: "s3", region: "us-east-1", options: .s3, clock: { Self.date })
            .canonicalRequest(method: "GET", path: "/a%20b/../c", query: "", headers: [], payloadHash: "-")
        #expect(standard.split(separator: "\n", omittingEmptySubsequences: false)[1] == "/a%2520b/c")
        #expect(s3.split(separator: "\n", omittingEmptySubsequences: false)[1] == "/a%20b/../c")
    }

    @Test func s3SendsTheContentHash() {
        let signer = SigV4Signer(service: "s3", region: "us-east-1", options: .s3, clock: { Self.date })
        let signed = signer.sign(
            HTTPRequest(
                method: "PUT", url: URL(string: "https://bucket.s3.amazonaws.com/key")!, body: Array("hi".utf8)),
            credentials: Self.keys)
        #expect(
            signed.header("x-amz-content-sha256") == "8f434346648f6b96df89dda901c5176b10a6d83961dd3c1ac88b59b2dc327aa4")
        #expect(signed.header("Authorization")?.contains("SignedHeaders=host;x-amz-content-sha256;x-amz-date,") == true)
    }

    @Test func presignPutsTheSignatureInTheQuery() throws {
        // get-vanilla as a presigned URL.
        let request = HTTPRequest(method: "GET", url: URL(string: "https://example.amazonaws.com/")!)
        let signed = Self.signer.presign(request, credentials: Self.keys, expires: 3600)
        let query = try #require(signed.url.query)
        #expect(query.contains("X-Amz-Signature=e93c787ed7f371d5c6b165c1b38ede9550f4dce4144713e844b25b7192d3865d"))
        #expect(query.contains("X-Amz-Expires=3600"))
        #expect(signed.header("Authorization") == nil)
    }

    @Test func userAgentIsNotSigned() {
        let plain = HTTPRequest(method: "GET", url: URL(string: "https://example.amazonaws.com/")!)
        var withAgent = plain
        withAgent.headers.append(("User-Agent", "stackcheck/1.0"))
        #expect(
            Self.signer.sign(withAgent, credentials: Self.keys).header("Authorization")
                == Self.signer.sign(plain, credentials: Self.keys).header("Authorization"))
    }

    @Test func signingStepsMatchAWSDocumentedExample() {
        // The signing key example from AWS's SigV4 documentation (iam, us-east-1, 20150830).
        let signer = SigV4Signer(service: "iam", region: "us-east-1")
        let key = signer.signingKey(secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", date: Self.date)
        #expect(
            key.map { String(format: "%02x", $0) }.joined()
                == "c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9")
        let older = signer.signingKey(
            secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            date: Date(timeIntervalSince1970: 1_329_264_000))
        #expect(
            older.map { String(format: "%02x", $0) }.joined()
                == "f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d")
    }
}
