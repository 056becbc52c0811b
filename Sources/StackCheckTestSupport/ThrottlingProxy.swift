import AWS
import Foundation
import Synchronization

/// A loopback proxy in front of the emulator that answers some requests with the service's own
/// throttling error and forwards the rest, so a run can be throttled part-way like a busy account.
public final class ThrottlingProxy: Sendable {
    public let server: LoopbackServer

    /// - Parameter throttles: which requests to throttle (by the request as recorded).
    public init(upstream: URL, throttles: @escaping @Sendable (RecordedRequest) -> Bool) throws {
        let transport = CurlTransport()
        server = try LoopbackServer { request in
            if throttles(request) { return Self.throttle(request) }
            guard let url = URL(string: upstream.absoluteString + request.target) else { return .drop }
            let forwarded = HTTPRequest(
                method: request.method, url: url,
                headers: request.headers.filter {
                    !["host", "content-length", "connection"].contains($0.name.lowercased())
                },
                body: request.body)
            // The handler runs on the server's own thread, so waiting here blocks no Swift task.
            let box = ResponseBox()
            let done = DispatchSemaphore(value: 0)
            Task {
                box.set(try? await transport.send(forwarded, timeout: .seconds(60)))
                done.signal()
            }
            done.wait()
            return box.get().map { .respond($0) } ?? .drop
        }
    }

    public var endpoint: URL { server.endpoint }
    public func stop() { server.stop() }

    /// A request to a JSON 1.1 service (ECS, Logs, Application Auto Scaling).
    public static func isJSON(_ request: RecordedRequest) -> Bool { request.header("X-Amz-Target") != nil }

    static func throttle(_ request: RecordedRequest) -> LoopbackAction {
        if isJSON(request) {
            return .text(
                #"{"__type":"ThrottlingException","message":"Rate exceeded"}"#, status: 400,
                headers: [("Content-Type", "application/x-amz-json-1.1"), ("x-amzn-RequestId", "throttled")])
        }
        return .text(
            "<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message>"
                + "</Error><RequestId>throttled</RequestId></ErrorResponse>",
            status: 400, headers: [("Content-Type", "text/xml")])
    }
}

private final class ResponseBox: Sendable {
    private let value = Mutex<HTTPResponse?>(nil)
    func set(_ response: HTTPResponse?) { value.withLock { $0 = response } }
    func get() -> HTTPResponse? { value.withLock { $0 } }
}
