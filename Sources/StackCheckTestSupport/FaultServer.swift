import AWS
import Foundation
import Synchronization

/// One way for a request to go wrong (or right), as an AWS endpoint would do it.
public enum Fault: Sendable {
    /// A query-protocol (XML `ErrorResponse`) error with this code and status.
    case xmlError(code: String, status: Int = 400, message: String = "Rate exceeded")
    /// EC2's variant: `<Response><Errors><Error>`.
    case ec2Error(code: String, status: Int = 503, message: String = "Request limit exceeded.")
    /// A JSON 1.1 error: `{"__type": "com.amazonaws...#Code", "message": ...}`.
    case jsonError(code: String, status: Int = 400, message: String = "Rate exceeded")
    /// A bare status with an empty body (a load balancer's 502, a 503 without details).
    case status(Int)
    /// The connection closes without an answer.
    case drop
    /// The answer announces a body and stops after a few bytes.
    case truncated
    /// The success answer, after a wait.
    case slow(Duration)
    /// The success answer.
    case success

    public static let throttleXML = Fault.xmlError(code: "Throttling")
    public static let throttleJSON = Fault.jsonError(code: "ThrottlingException")
}

/// A loopback endpoint that answers request N with `script[N]` (then `after` for every later one), and
/// counts what it got. For retry, deadline and error-mapping tests against real HTTP.
public final class FaultServer: Sendable {
    public let server: LoopbackServer
    public let requestId = "fault-request-id"

    /// - Parameters:
    ///   - success: the body of a successful answer (an XML `...Response` or a JSON object).
    ///   - contentType: of the successful answer.
    public init(
        _ script: [Fault], after: Fault = .success, success: String,
        contentType: String = "text/xml"
    ) throws {
        let requestId = requestId
        let counter = Counter()
        server = try LoopbackServer { _ in
            let index = counter.next()
            let fault = index < script.count ? script[index] : after
            return Self.action(fault, success: success, contentType: contentType, requestId: requestId)
        }
    }

    public var endpoint: URL { server.endpoint }
    public var requestCount: Int { server.requests.count }
    public func stop() { server.stop() }

    static func action(_ fault: Fault, success: String, contentType: String, requestId: String) -> LoopbackAction {
        let idHeader = ("x-amzn-RequestId", requestId)
        switch fault {
        case .xmlError(let code, let status, let message):
            let body = """
                <ErrorResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">\
                <Error><Type>Sender</Type><Code>\(code)</Code><Message>\(message)</Message></Error>\
                <RequestId>\(requestId)</RequestId></ErrorResponse>
                """
            return .text(body, status: status, headers: [("Content-Type", "text/xml"), idHeader])
        case .ec2Error(let code, let status, let message):
            let body = """
                <?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error><Code>\(code)</Code>\
                <Message>\(message)</Message></Error></Errors><RequestID>\(requestId)</RequestID></Response>
                """
            return .text(body, status: status, headers: [("Content-Type", "text/xml")])
        case .jsonError(let code, let status, let message):
            let body = #"{"__type":"com.amazonaws.logs#\#(code)","message":"\#(message)"}"#
            return .text(body, status: status, headers: [("Content-Type", "application/x-amz-json-1.1"), idHeader])
        case .status(let status):
            return .respond(HTTPResponse(status: status, headers: [idHeader]))
        case .drop:
            return .drop
        case .truncated:
            let response = HTTPResponse(
                status: 200, headers: [("Content-Type", contentType), idHeader], body: Array(success.utf8))
            return .truncate(response, bytes: min(10, max(0, success.utf8.count - 1)))
        case .slow(let wait):
            return .delay(wait, action(.success, success: success, contentType: contentType, requestId: requestId))
        case .success:
            return .text(success, headers: [("Content-Type", contentType), idHeader])
        }
    }
}

/// Answers the fault server can give for success, one per protocol.
extension FaultServer {
    public static let callerIdentityXML = """
        <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>\
        <Arn>arn:aws:iam::123456789012:user/fault</Arn><UserId>AIDAFAULT</UserId><Account>123456789012</Account>\
        </GetCallerIdentityResult><ResponseMetadata><RequestId>ok</RequestId></ResponseMetadata>\
        </GetCallerIdentityResponse>
        """

    public static let logGroupsJSON = #"{"logGroups":[{"logGroupName":"/fault/ok","retentionInDays":7}]}"#
}

private final class Counter: Sendable {
    private let value = Mutex(0)
    func next() -> Int {
        value.withLock { value in
            defer { value += 1 }
            return value
        }
    }
}
