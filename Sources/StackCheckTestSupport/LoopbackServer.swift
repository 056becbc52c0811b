import AWS
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One request as the loopback server read it off the wire.
public struct RecordedRequest: Sendable {
    public var method: String
    /// The request target as sent: path plus query (`/latest/api/token`, `/?Action=X`).
    public var target: String
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]
    /// 0-based number of the TCP connection it came on; equal numbers mean the connection was reused.
    public var connection: Int

    public var path: String { String(target.prefix { $0 != "?" }) }
    public var bodyText: String { String(decoding: body, as: UTF8.self) }

    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// What the server does with one request.
public indirect enum LoopbackAction: Sendable {
    /// Answers and keeps the connection open (unless the client asked to close).
    case respond(HTTPResponse)
    /// Answers, then closes the connection.
    case respondAndClose(HTTPResponse)
    /// Waits, then does the inner action. The wait blocks only this connection's thread.
    case delay(Duration, LoopbackAction)
    /// Closes the connection without a byte of answer.
    case drop
    /// Announces the full body length, sends only the first `bytes` of it, then closes.
    case truncate(HTTPResponse, bytes: Int)

    /// A 200 (or other status) with a text body.
    public static func text(_ body: String, status: Int = 200, headers: [(name: String, value: String)] = [])
        -> LoopbackAction
    {
        .respond(HTTPResponse(status: status, headers: headers, body: Array(body.utf8)))
    }
}

/// A tiny HTTP/1.1 server on 127.0.0.1 with an OS-chosen port, for tests: credential endpoints (IMDS,
/// container), webhook receivers, fault injection. Accepts on its own threads (never the Swift
/// cooperative pool, which a blocking `accept` would starve) and records every request it reads.
public final class LoopbackServer: Sendable {
    public typealias Handler = @Sendable (RecordedRequest) -> LoopbackAction

    public let port: Int
    private let listener: Int32
    private let handler: Handler
    private struct State {
        var recorded: [RecordedRequest] = []
        var openSockets: Set<Int32> = []
        var connections = 0
        var stopped = false
    }

    private let state = Mutex(State())

    public init(handler: @escaping Handler) throws {
        self.handler = handler
        let (fd, port) = try boundLoopbackSocket(reuseAddress: true)
        guard listen(fd, 64) == 0 else {
            let code = errno
            close(fd)
            throw LoopbackServerError("listen", code)
        }
        self.listener = fd
        self.port = port
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    deinit { stop() }

    /// `http://127.0.0.1:PORT`
    public var endpoint: URL { URL(string: "http://127.0.0.1:\(port)")! }

    /// Every request read so far, in arrival order.
    public var requests: [RecordedRequest] { state.withLock { $0.recorded } }

    /// How many TCP connections were accepted so far.
    public var connectionCount: Int { state.withLock { $0.connections } }

    /// Stops accepting and closes every open connection. Safe to call twice.
    public func stop() {
        let sockets = state.withLock { state -> Set<Int32>? in
            if state.stopped { return nil }
            state.stopped = true
            return state.openSockets
        }
        guard let sockets else { return }
        // shutdown (not just close) wakes the threads blocked in accept/recv on these sockets.
        shutdown(listener, Int32(SHUT_RDWR))
        for fd in sockets { shutdown(fd, Int32(SHUT_RDWR)) }
    }

    private func acceptLoop() {
        while true {
            let fd = accept(listener, nil, nil)
            if fd < 0 {
                if errno == EINTR { continue }
                break
            }
            let number = state.withLock { state -> Int? in
                if state.stopped { return nil }
                state.openSockets.insert(fd)
                state.connections += 1
                return state.connections - 1
            }
            guard let number else {
                close(fd)
                break
            }
            Thread.detachNewThread { [self] in serve(fd, connection: number) }
        }
        close(listener)
    }

    private func serve(_ fd: Int32, connection: Int) {
        defer {
            state.withLock { _ = $0.openSockets.remove(fd) }
            close(fd)
        }
        let reader = SocketReader(fd: fd)
        while let request = reader.readRequest(connection: connection) {
            state.withLock { $0.recorded.append(request) }
            let keepAlive = request.header("Connection")?.lowercased() != "close"
            guard perform(handler(request), on: fd, keepAlive: keepAlive) else { return }
        }
    }

    /// Returns whether the connection stays open.
    private func perform(_ action: LoopbackAction, on fd: Int32, keepAlive: Bool) -> Bool {
        switch action {
        case .respond(let response):
            return write(fd, Self.encode(response, close: !keepAlive)) && keepAlive
        case .respondAndClose(let response):
            _ = write(fd, Self.encode(response, close: true))
            return false
        case .delay(let duration, let next):
            Thread.sleep(forTimeInterval: duration.seconds)
            return perform(next, on: fd, keepAlive: keepAlive)
        case .drop:
            return false
        case .truncate(let response, let bytes):
            let full = Self.encode(response, close: true)
            _ = write(fd, Array(full.prefix(full.count - response.body.count + min(bytes, response.body.count))))
            return false
        }
    }

    static func encode(_ response: HTTPResponse, close: Bool) -> [UInt8] {
        var head = "HTTP/1.1 \(response.status) \(reason(response.status))\r\n"
        for (name, value) in response.headers where name.lowercased() != "content-length" {
            head += "\(name): \(value)\r\n"
        }
        head += "Content-Length: \(response.body.count)\r\n"
        if close { head += "Connection: close\r\n" }
        head += "\r\n"
        return Array(head.utf8) + response.body
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        default: "Status"
        }
    }

    private func write(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if sent <= 0 { return false }
            offset += sent
        }
        return true
    }
}

public struct LoopbackServerError: Error, CustomStringConvertible {
    public var description: String
    init(_ call: String, _ code: Int32) {
        description = "loopback server: \(call) failed: \(String(cString: strerror(code)))"
    }
}

extension Duration {
    var seconds: Double {
        let (s, atto) = components
        return Double(s) + Double(atto) / 1e18
    }
}
