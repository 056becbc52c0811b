import FoundationEssentials

/// One HTTP request as the signer and the transport see it.
public struct HTTPRequest: HTTPMessage {
    public var method: String
    public var url: URL
    /// Header names as sent; order kept. The signer adds its own.
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(method: String, url: URL, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

public struct HTTPResponse: HTTPMessage {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(status: Int, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// What a request and a response share: headers in the order sent, and a body.
public protocol HTTPMessage: Sendable {
    var headers: [(name: String, value: String)] { get }
    var body: [UInt8] { get }
}

extension HTTPMessage {
    /// The first value of a header, compared case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// The I/O seam under every AWS call: libcurl in production, anything on loopback in tests.
public protocol HTTPTransport: Sendable {
    /// Sends one request. Throws `TransportError` for connection-level failures (no HTTP answer).
    func send(_ request: HTTPRequest, timeout: Duration) async throws -> HTTPResponse
}
