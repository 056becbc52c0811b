import Foundation
import Synchronization

/// Counts work in flight and remembers the most at once, for tests of a concurrency bound.
public final class ConcurrencyGauge: Sendable {
    private let counts = Mutex((current: 0, highest: 0))

    public init() {}

    /// The most that were in flight at the same time.
    public var peak: Int { counts.withLock { $0.highest } }

    public func enter() {
        counts.withLock {
            $0.current += 1
            $0.highest = max($0.highest, $0.current)
        }
    }

    public func leave() { counts.withLock { $0.current -= 1 } }
}
