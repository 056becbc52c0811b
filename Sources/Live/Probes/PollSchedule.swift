import AWS
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How long to wait between polls: exponential backoff with full-range jitter around each step, capped,
/// so many CI jobs watching one account do not poll in lockstep. Used by `smoke` and `deploy`.
public struct PollSchedule: Sendable {
    public var initial: Duration
    public var maximum: Duration
    public var multiplier: Double
    /// 0.2 spreads each wait over ±20% of its step.
    public var jitter: Double

    public init(
        initial: Duration = .seconds(1), maximum: Duration = .seconds(10), multiplier: Double = 1.6,
        jitter: Double = 0.2
    ) {
        self.initial = initial
        self.maximum = maximum
        self.multiplier = multiplier
        self.jitter = jitter
    }

    /// The wait before poll number `attempt + 1` (attempt 0 is the wait after the first poll).
    public func delay(after attempt: Int, random: any RandomSource) -> Duration {
        let base = min(Self.seconds(initial) * pow(multiplier, Double(min(attempt, 30))), Self.seconds(maximum))
        let spread = base * jitter * (random.nextUnit() * 2 - 1)
        return .milliseconds(Int64(max(0, base + spread) * 1000))
    }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
