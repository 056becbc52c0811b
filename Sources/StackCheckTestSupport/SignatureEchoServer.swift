import AWS
import Foundation

/// A loopback endpoint that rejects every request the way AWS rejects a bad signature, echoing what
/// it was sent: SignatureDoesNotMatch's message carries the canonical request (session token
/// included, as `x-amz-security-token:...`) and the string to sign. This one also echoes the
/// `Authorization` header and, as the worst case, any canary secret it is told about, so tests can
/// prove no secret reaches any output.
public final class SignatureEchoServer: Sendable {
    public let server: LoopbackServer

    /// - Parameter alsoEcho: extra text put in every message (a canary secret key, say).
    public init(alsoEcho: String = "") throws {
        server = try LoopbackServer { request in
            let token = request.header("X-Amz-Security-Token") ?? ""
            let authorization = request.header("Authorization") ?? ""
            let date = request.header("X-Amz-Date") ?? ""
            let message = """
                The request signature we calculated does not match the signature you provided. Check your AWS \
                Secret Access Key and signing method. Consult the service documentation for details.

                The Canonical String for this request should have been
                'POST
                /

                content-type:application/x-www-form-urlencoded; charset=utf-8
                host:\(request.header("Host") ?? "")
                x-amz-date:\(date)
                x-amz-security-token:\(token)

                content-type;host;x-amz-date;x-amz-security-token
                0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'

                The String-to-Sign should have been
                'AWS4-HMAC-SHA256
                \(date)
                20260101/us-east-2/cloudformation/aws4_request
                fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210'
                Authorization: \(authorization)
                X-Amz-Security-Token: \(token) \(alsoEcho)
                """
            let body = """
                <ErrorResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><Error><Type>Sender</Type>\
                <Code>SignatureDoesNotMatch</Code><Message>\(Self.escape(message))</Message></Error>\
                <RequestId>echo-request-id</RequestId></ErrorResponse>
                """
            return .text(
                body, status: 403, headers: [("Content-Type", "text/xml"), ("x-amzn-RequestId", "echo-request-id")])
        }
    }

    public var endpoint: URL { server.endpoint }

    /// Every `Signature=` value the server received (what must never be printed).
    public var signatures: [String] {
        server.requests.compactMap { request in
            request.header("Authorization").flatMap { value in
                value.range(of: "Signature=").map { String(value[$0.upperBound...]) }
            }
        }
    }

    public func stop() { server.stop() }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
