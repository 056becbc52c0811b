import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// The official SigV4 suite (awslabs/aws-c-auth), header and query signing, every case.
///
/// Each case's `normalize` flag picks path normalization (on for every service but S3); the path is always
/// encoded once more, as the suite's raw request targets are the bytes on the wire. `sign_body` turns on
/// the S3-style `x-amz-content-sha256` header; `omit_session_token` adds the token after signing.
@Suite(.enabled(if: TestData.root != nil, Comment(rawValue: TestData.missingMessage)))
struct SigningVectorTests {
    static func signer(for vector: SigningVector) -> SigV4Signer {
        let date = vector.date
        return SigV4Signer(
            service: vector.context.service, region: vector.context.region,
            options: .init(
                normalizesPath: vector.context.normalize, contentSHA256Header: vector.context.sign_body,
                sessionTokenAfterSigning: vector.context.omit_session_token ?? false),
            clock: { date })
    }

    static func credentials(for vector: SigningVector) -> Credentials {
        let keys = vector.context.credentials
        return Credentials(
            accessKeyId: keys.access_key_id, secretAccessKey: keys.secret_access_key, sessionToken: keys.token)
    }

    @Test func suiteIsThere() {
        #expect(SigningVector.names.count == 38)
    }

    @Test(arguments: SigningVector.names)
    func headerSigning(_ name: String) throws {
        let vector = try SigningVector(name)
        let request = vector.request
        let signed = Self.signer(for: vector).signHeaders(
            method: request.method, path: request.path, query: request.query, headers: request.headers,
            body: request.body, credentials: Self.credentials(for: vector))
        #expect(signed.canonicalRequest == (try vector.text(of: "header-canonical-request.txt")))
        #expect(signed.stringToSign == (try vector.text(of: "header-string-to-sign.txt")))
        #expect(signed.signature == (try vector.text(of: "header-signature.txt")))
        let expected = try RawRequest(vector.text(of: "header-signed-request.txt"))
        #expect(
            signed.headers.first { $0.name == "Authorization" }?.value
                == expected.headers.first { $0.name == "Authorization" }?.value)
        var sent = request
        sent.headers = signed.headers
        #expect(sent.headerLines == expected.headerLines)
    }

    @Test(arguments: SigningVector.names)
    func querySigning(_ name: String) throws {
        let vector = try SigningVector(name)
        let request = vector.request
        let signed = Self.signer(for: vector).signQuery(
            method: request.method, path: request.path, query: request.query, headers: request.headers,
            body: request.body, credentials: Self.credentials(for: vector),
            expires: vector.context.expiration_in_seconds)
        #expect(signed.canonicalRequest == (try vector.text(of: "query-canonical-request.txt")))
        #expect(signed.stringToSign == (try vector.text(of: "query-string-to-sign.txt")))
        #expect(signed.signature == (try vector.text(of: "query-signature.txt")))
        let expected = try RawRequest(vector.text(of: "query-signed-request.txt"))
        #expect(Set(signed.query.split(separator: "&")) == Set(expected.query.split(separator: "&")))
    }
}
