import FoundationEssentials
import Synchronization

/// The production transport: libcurl's multi interface on one thread of its own (`CurlLoop`).
///
/// Waiting for the network never happens on the Swift cooperative pool (a few blocked calls would starve
/// every task): callers suspend on a continuation while the loop's thread drives up to
/// `maxConcurrentRequests` transfers at once; more requests wait in its queue. All transfers share the
/// multi handle's connections, so a keep-alive connection to a host serves whichever request goes there
/// next. TLS verification is always on; proxies come from the environment (libcurl's default).
public final class CurlTransport: HTTPTransport {
    public let maxConcurrentRequests: Int
    public let connectTimeout: Duration
    public let options: CurlOptions
    private let loop: CurlLoop

    public init(
        maxConcurrentRequests: Int = 8, connectTimeout: Duration = .seconds(5), options: CurlOptions = CurlOptions()
    ) {
        self.maxConcurrentRequests = max(1, maxConcurrentRequests)
        self.connectTimeout = connectTimeout
        self.options = options
        // Load libcurl and libcrypto now, on the one thread that makes the transport, rather than inside
        // the first concurrent sends: those would wait on the loading's one-time lock, and a waiter on it
        // spins on its CPU for as long as the loading (several milliseconds) runs on another.
        if NativeLibraries.transferMissing == nil { CurlGlobal.initialize() }
        self.loop = CurlLoop(maxTransfers: self.maxConcurrentRequests, options: options)
    }

    deinit { loop.close() }

    public func send(_ request: HTTPRequest, timeout: Duration) async throws -> HTTPResponse {
        if let missing = NativeLibraries.transferMissing {
            throw TransportError(.libraryMissing, host: CurlEasy.hostDescription(request.url), detail: missing)
        }
        let cancel = CancelFlag()
        let connectTimeout = min(connectTimeout, timeout)
        let result: Result<HTTPResponse, TransportError> = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                loop.enqueue(
                    Job(request: request, connectTimeout: connectTimeout, timeout: timeout, cancel: cancel) {
                        continuation.resume(returning: $0)
                    })
            }
        } onCancel: {
            cancel.set()
            // The loop may be waiting on the network: it checks the flag when it runs the transfers next.
            loop.wake()
        }
        return try result.get()
    }
}

/// What every request of one transport shares: the trusted certificates and the User-Agent.
public struct CurlOptions: Sendable, Equatable {
    /// A PEM file of trusted CA certificates (`AWS_CA_BUNDLE`) in place of the system's; nil for those.
    public var caBundle: String?
    public var userAgent: String

    public init(caBundle: String? = nil, userAgent: String = CurlOptions.defaultUserAgent) {
        self.caBundle = caBundle
        self.userAgent = userAgent
    }

    /// `stackcheck/<version>` first (so logs and CloudTrail show the tool), then the platform.
    public static let defaultUserAgent: String = {
        #if os(Linux)
            let os = "linux"
        #else
            let os = "macos"
        #endif
        return "stackcheck/\(StackCheckVersion.current) os/\(os) lang/swift"
    }()
}

/// Set from any thread when the caller's task is cancelled; the transfer's progress callback reads it.
final class CancelFlag: Sendable {
    private let value = Mutex(false)
    var isSet: Bool { value.withLock { $0 } }
    func set() { value.withLock { $0 = true } }
}

struct Job: @unchecked Sendable {
    var request: HTTPRequest
    var connectTimeout: Duration
    var timeout: Duration
    var cancel: CancelFlag
    var complete: @Sendable (Result<HTTPResponse, TransportError>) -> Void
}
