import Foundation

/// Counts work in flight and remembers the most at once, for tests of a concurrency bound.
public final class ConcurrencyGauge: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    private var highest = 0

    public init() {}

    /// The most that were in flight at the same time.
    public var peak: Int { lock.withLock { highest } }

    public func enter() {
        lock.withLock {
            current += 1
            highest = max(highest, current)
        }
    }

    public func leave() { lock.withLock { current -= 1 } }
}
