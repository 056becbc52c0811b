import TextBasics

/// A request that got no (complete) HTTP answer. A struct around a kind so kinds can be added.
public struct TransportError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Kind: String, Sendable, Equatable {
        /// Nothing listens, or the host refused the connection.
        case connectionRefused
        /// The connect or total timeout passed.
        case timedOut
        /// The host (or proxy) name did not resolve.
        case dns
        /// TLS handshake or certificate verification failed.
        case tls
        /// The server closed the connection before the announced body was complete.
        case truncated
        /// The server closed or reset the connection without an answer.
        case connectionClosed
        /// The caller's task was cancelled.
        case cancelled
        /// A request the transport cannot send (bad URL, unsupported method).
        case invalidRequest
        /// The answer is bigger than `ResponseLimit.maxBytes`; it was not read.
        case responseTooLarge
        /// libcurl or libcrypto could not be loaded (`detail` names it and the package to install).
        case libraryMissing
        case other
    }

    public var kind: Kind
    /// `host:port` the request went to (never the query string, which may carry signed values).
    public var host: String
    /// libcurl's own words, for the curious.
    public var detail: String

    public init(_ kind: Kind, host: String, detail: String) {
        self.kind = kind
        self.host = host
        self.detail = detail
    }

    /// Whether trying again could help: connection trouble yes, certificate or cancellation no.
    public var isRetryable: Bool {
        switch kind {
        case .connectionRefused, .timedOut, .dns, .truncated, .connectionClosed, .other: true
        case .tls, .cancelled, .invalidRequest, .responseTooLarge, .libraryMissing: false
        }
    }

    public var description: String {
        let what =
            switch kind {
            case .connectionRefused: "could not connect to \(host)"
            case .timedOut: "request to \(host) timed out"
            case .dns: "could not resolve \(host)"
            case .tls: "TLS failed with \(host)"
            case .truncated: "response from \(host) was cut short"
            case .connectionClosed: "\(host) closed the connection without an answer"
            case .cancelled: "request to \(host) was cancelled"
            case .invalidRequest: "cannot send request to \(host)"
            case .responseTooLarge: "the answer from \(host) is too large"
            case .libraryMissing: "no request to \(host) could be sent"
            case .other: "request to \(host) failed"
            }
        let text = detail.isEmpty ? what : "\(what): \(detail)"
        // The usual cause behind a proxy or a private endpoint: a CA the system does not trust.
        guard kind == .tls, detail.lowercased().containsText("certificate") else { return text }
        return text + "; if a private CA signed the server's certificate, set AWS_CA_BUNDLE to its PEM file"
    }
}
