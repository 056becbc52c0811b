import FoundationEssentials

/// Time as the retry loop sees it: a monotonic "now" and a way to wait. Injected so tests can run
/// backoffs and deadlines without waiting.
public protocol RetryClock: Sendable {
    var now: ContinuousClock.Instant { get }
    func sleep(for duration: Duration) async throws
}

/// Real time: `ContinuousClock` and `Task.sleep` (which suspends, never blocks a thread).
public struct SystemRetryClock: RetryClock {
    public init() {}
    public var now: ContinuousClock.Instant { ContinuousClock.now }
    public func sleep(for duration: Duration) async throws { try await Task.sleep(for: duration) }
}

/// Uniform numbers in [0, 1) for jitter. Injected so tests get the same delays every time.
public protocol RandomSource: Sendable {
    func nextUnit() -> Double
}

public struct SystemRandomSource: RandomSource {
    public init() {}
    public func nextUnit() -> Double { Double.random(in: 0..<1) }
}
