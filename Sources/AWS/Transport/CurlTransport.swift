import FoundationEssentials
import Synchronization

/// The production transport: libcurl on dedicated worker threads.
///
/// `curl_easy_perform` blocks, so it never runs on the Swift cooperative pool (a few blocked calls
/// would starve every task). Callers suspend on a continuation while one of at most
/// `maxConcurrentRequests` worker threads performs the request; more requests wait in a queue. Each
/// worker owns one easy handle for its life, which keeps keep-alive connections across requests.
/// TLS verification is always on; proxies come from the environment (libcurl's default).
public final class CurlTransport: HTTPTransport {
    public let maxConcurrentRequests: Int
    public let connectTimeout: Duration
    public let options: CurlOptions
    private let queue: WorkQueue

    public init(
        maxConcurrentRequests: Int = 8, connectTimeout: Duration = .seconds(5), options: CurlOptions = CurlOptions()
    ) {
        self.maxConcurrentRequests = max(1, maxConcurrentRequests)
        self.connectTimeout = connectTimeout
        self.options = options
        self.queue = WorkQueue(maxWorkers: self.maxConcurrentRequests, options: options)
        // Load libcurl and libcrypto now, on the one thread that makes the transport, rather than inside
        // the first concurrent sends: those would wait on the loading's one-time lock, and a waiter on it
        // spins on its CPU for as long as the loading (several milliseconds) runs on another.
        if NativeLibraries.transferMissing == nil { CurlGlobal.initialize() }
    }

    deinit { queue.close() }

    public func send(_ request: HTTPRequest, timeout: Duration) async throws -> HTTPResponse {
        if let missing = NativeLibraries.transferMissing {
            throw TransportError(.libraryMissing, host: CurlEasy.hostDescription(request.url), detail: missing)
        }
        let cancel = CancelFlag()
        let connectTimeout = min(connectTimeout, timeout)
        let result: Result<HTTPResponse, TransportError> = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                queue.enqueue(
                    Job(request: request, connectTimeout: connectTimeout, timeout: timeout, cancel: cancel) {
                        continuation.resume(returning: $0)
                    })
            }
        } onCancel: {
            cancel.set()
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

/// Jobs waiting for a worker, and the workers (threads started on demand, up to the limit).
final class WorkQueue: @unchecked Sendable {
    private let condition = ConditionLock()
    private var jobs: [Job] = []
    private var workers = 0
    private var idle = 0
    private var closed = false
    private let maxWorkers: Int
    private let options: CurlOptions

    init(maxWorkers: Int, options: CurlOptions) {
        self.maxWorkers = maxWorkers
        self.options = options
    }

    func enqueue(_ job: Job) {
        condition.lock()
        jobs.append(job)
        let startWorker = idle == 0 && workers < maxWorkers
        if startWorker { workers += 1 }
        condition.signal()
        condition.unlock()
        if startWorker {
            DetachedThread.start { [self] in work() }
        }
    }

    /// Lets the workers finish what is queued, then exit and free their handles.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    private func next() -> Job? {
        condition.lock()
        defer { condition.unlock() }
        while jobs.isEmpty {
            if closed { return nil }
            idle += 1
            condition.wait()
            idle -= 1
        }
        return jobs.removeFirst()
    }

    private func work() {
        let easy = CurlEasy(options: options)
        while let job = next() {
            if job.cancel.isSet {
                job.complete(
                    .failure(TransportError(.cancelled, host: CurlEasy.hostDescription(job.request.url), detail: "")))
                continue
            }
            guard let easy else {
                job.complete(.failure(TransportError(.other, host: "", detail: "curl_easy_init failed")))
                continue
            }
            job.complete(
                easy.perform(job.request, connectTimeout: job.connectTimeout, timeout: job.timeout, cancel: job.cancel))
        }
    }
}
