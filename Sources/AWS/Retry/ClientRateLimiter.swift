import Foundation

/// The adaptive retry mode's client-side rate limiter, as botocore's (`retries/adaptive.py`): a token
/// bucket that is off until the first throttle, then refills at a rate CUBIC lowers on each throttle
/// (to 70%) and grows back on success, never above twice the measured sending rate.
/// Shared by every call of one client, so a throttled service sees the whole run slow down.
public final class ClientRateLimiter: @unchecked Sendable {
    static let minFillRate = 0.5
    static let beta = 0.7
    static let scale = 0.4
    static let smoothing = 0.8
    static let bucketSeconds = 0.5

    private let lock = NSLock()
    private let now: @Sendable () -> Double
    private var enabled = false
    private var fillRate = minFillRate
    private var tokens = 0.0
    private var lastRefill: Double?
    // CUBIC state.
    private var lastMaxRate = 0.0
    private var lastThrottle: Double
    // Measured sending rate (smoothed over half-second buckets).
    private var measuredRate = 0.0
    private var requestCount = 0
    private var lastBucket: Double

    public init(now: @escaping @Sendable () -> Double = { ProcessInfo.processInfo.systemUptime }) {
        self.now = now
        let start = now()
        lastThrottle = start
        lastBucket = (start / Self.bucketSeconds).rounded(.down) * Self.bucketSeconds
    }

    /// Whether the bucket is on (after a throttle) and its refill rate in requests per second.
    public var state: (enabled: Bool, rate: Double) { lock.withLock { (enabled, fillRate) } }

    /// Takes a token for one request; returns how long to wait first (zero while the bucket is off).
    public func acquire() -> Duration {
        lock.withLock {
            guard enabled else { return .zero }
            refill()
            tokens -= 1
            guard tokens < 0 else { return .zero }
            return .milliseconds(Int((-tokens / fillRate * 1000).rounded(.up)))
        }
    }

    /// Records one answer: a throttle lowers the rate (and turns the bucket on), a success raises it.
    public func record(throttled: Bool) {
        lock.withLock {
            let time = now()
            measure(time)
            let calculated: Double
            if throttled {
                let current = enabled ? min(measuredRate, fillRate) : measuredRate
                lastMaxRate = current
                lastThrottle = time
                calculated = current * Self.beta
                enabled = true
            } else {
                let k = pow(lastMaxRate * (1 - Self.beta) / Self.scale, 1.0 / 3.0)
                calculated = Self.scale * pow(time - lastThrottle - k, 3) + lastMaxRate
            }
            refill()
            fillRate = max(min(calculated, 2 * measuredRate), Self.minFillRate)
            tokens = min(tokens, max(fillRate, 1))
        }
    }

    private func refill() {
        let time = now()
        if let lastRefill { tokens = min(max(fillRate, 1), tokens + (time - lastRefill) * fillRate) }
        lastRefill = time
    }

    private func measure(_ time: Double) {
        requestCount += 1
        let bucket = (time / Self.bucketSeconds).rounded(.down) * Self.bucketSeconds
        guard bucket > lastBucket else { return }
        let rate = Double(requestCount) / (bucket - lastBucket)
        measuredRate = rate * Self.smoothing + measuredRate * (1 - Self.smoothing)
        requestCount = 0
        lastBucket = bucket
    }
}
