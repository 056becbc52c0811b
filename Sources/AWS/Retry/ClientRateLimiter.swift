import FoundationEssentials
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The adaptive retry mode's client-side rate limiter, as botocore's (`retries/adaptive.py`): a token
/// bucket that is off until the first throttle, then refills at a rate CUBIC lowers on each throttle
/// (to 70%) and grows back on success, never above twice the measured sending rate.
/// Shared by every call of one client, so a throttled service sees the whole run slow down.
public final class ClientRateLimiter: Sendable {
    static let minFillRate = 0.5
    static let beta = 0.7
    static let scale = 0.4
    static let smoothing = 0.8
    static let bucketSeconds = 0.5

    private let now: @Sendable () -> Double
    private let bucket: Mutex<Bucket>

    public init(now: @escaping @Sendable () -> Double = { ProcessInfo.processInfo.systemUptime }) {
        self.now = now
        bucket = Mutex(Bucket(start: now()))
    }

    /// Whether the bucket is on (after a throttle) and its refill rate in requests per second.
    public var state: (enabled: Bool, rate: Double) { bucket.withLock { ($0.enabled, $0.fillRate) } }

    /// Takes a token for one request; returns how long to wait first (zero while the bucket is off).
    public func acquire() -> Duration {
        bucket.withLock { bucket in
            guard bucket.enabled else { return .zero }
            bucket.refill(at: now())
            bucket.tokens -= 1
            guard bucket.tokens < 0 else { return .zero }
            return .milliseconds(Int((-bucket.tokens / bucket.fillRate * 1000).rounded(.up)))
        }
    }

    /// Records one answer: a throttle lowers the rate (and turns the bucket on), a success raises it.
    public func record(throttled: Bool) {
        bucket.withLock { bucket in
            let time = now()
            bucket.measure(time)
            let calculated: Double
            if throttled {
                let current = bucket.enabled ? min(bucket.measuredRate, bucket.fillRate) : bucket.measuredRate
                bucket.lastMaxRate = current
                bucket.lastThrottle = time
                calculated = current * Self.beta
                bucket.enabled = true
            } else {
                let k = pow(bucket.lastMaxRate * (1 - Self.beta) / Self.scale, 1.0 / 3.0)
                calculated = Self.scale * pow(time - bucket.lastThrottle - k, 3) + bucket.lastMaxRate
            }
            bucket.refill(at: now())
            bucket.fillRate = max(min(calculated, 2 * bucket.measuredRate), Self.minFillRate)
            bucket.tokens = min(bucket.tokens, max(bucket.fillRate, 1))
        }
    }
}

/// The limiter's state, only ever touched under its mutex.
private struct Bucket {
    var enabled = false
    var fillRate = ClientRateLimiter.minFillRate
    var tokens = 0.0
    var lastRefill: Double?
    // CUBIC state.
    var lastMaxRate = 0.0
    var lastThrottle: Double
    // Measured sending rate (smoothed over half-second buckets).
    var measuredRate = 0.0
    var requestCount = 0
    var lastBucket: Double

    init(start: Double) {
        lastThrottle = start
        lastBucket = (start / ClientRateLimiter.bucketSeconds).rounded(.down) * ClientRateLimiter.bucketSeconds
    }

    mutating func refill(at time: Double) {
        if let lastRefill { tokens = min(max(fillRate, 1), tokens + (time - lastRefill) * fillRate) }
        lastRefill = time
    }

    mutating func measure(_ time: Double) {
        requestCount += 1
        let bucket = (time / ClientRateLimiter.bucketSeconds).rounded(.down) * ClientRateLimiter.bucketSeconds
        guard bucket > lastBucket else { return }
        let rate = Double(requestCount) / (bucket - lastBucket)
        measuredRate = rate * ClientRateLimiter.smoothing + measuredRate * (1 - ClientRateLimiter.smoothing)
        requestCount = 0
        lastBucket = bucket
    }
}
