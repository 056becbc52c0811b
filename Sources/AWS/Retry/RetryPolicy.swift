/// The SDKs' "standard" retry mode: bounded attempts, exponential backoff with full jitter (1 s base,
/// at most 20 s, as botocore), a shared retry budget, and an overall deadline per call. With a
/// `rateLimiter`, the "adaptive" mode: the same, behind a client-side rate limit.
public struct RetryPolicy: Sendable {
    /// Attempts per call, the first included (the SDKs' default is 3).
    public var maxAttempts: Int
    /// The backoff before retry n is uniform in [0, min(maxBackoff, baseDelay * 2^(n-1))).
    public var baseDelay: Duration
    public var maxBackoff: Duration
    /// The longest one attempt may take (connect + transfer).
    public var attemptTimeout: Duration
    /// The longest a whole call may take, backoffs included; nil for none.
    public var deadline: Duration?
    public var clock: any RetryClock
    public var random: any RandomSource
    public var budget: RetryBudget
    /// The adaptive mode's client-side rate limiter (shared by the client's calls); nil in standard mode.
    public var rateLimiter: ClientRateLimiter?

    public init(
        maxAttempts: Int = 3, baseDelay: Duration = .seconds(1), maxBackoff: Duration = .seconds(20),
        attemptTimeout: Duration = .seconds(30), deadline: Duration? = .seconds(120),
        clock: any RetryClock = SystemRetryClock(), random: any RandomSource = SystemRandomSource(),
        budget: RetryBudget = RetryBudget(), rateLimiter: ClientRateLimiter? = nil
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxBackoff = maxBackoff
        self.attemptTimeout = attemptTimeout
        self.deadline = deadline
        self.clock = clock
        self.random = random
        self.budget = budget
        self.rateLimiter = rateLimiter
    }

    public static var standard: RetryPolicy { RetryPolicy() }

    /// The wait before retry number `retry` (1 for the first retry).
    public func backoff(retry: Int) -> Duration {
        let exponent = min(max(retry - 1, 0), 30)
        let ceiling = min(maxBackoff, baseDelay * (1 << exponent))
        return ceiling * random.nextUnit()
    }

    /// Whether a failed attempt is worth another: throttling, transient codes and statuses, and
    /// connection errors; never a client error like ValidationError or AccessDenied.
    public static func isRetryable(_ error: AWSError) -> Bool {
        switch error.kind {
        case .service: error.isThrottling || error.isTransient
        case .transport: error.transport?.isRetryable ?? false
        case .deadlineExceeded, .credentials, .invalidResponse, .configuration: false
        }
    }
}
