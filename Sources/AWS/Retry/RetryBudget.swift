import Synchronization

/// The standard mode's retry quota, shared by every call of one client: each retry spends tokens, each
/// success earns some back. When a service is down hard, the bucket empties and calls fail fast
/// instead of multiplying the load.
public final class RetryBudget: Sendable {
    public static let initialTokens = 500
    public static let retryCost = 5
    public static let timeoutRetryCost = 10
    public static let successIncrement = 1

    private let tokens: Mutex<Int>
    private let capacity: Int

    public init(tokens: Int = RetryBudget.initialTokens) {
        self.tokens = Mutex(tokens)
        self.capacity = tokens
    }

    public var available: Int { tokens.withLock { $0 } }

    /// Takes the cost of one retry; returns the amount taken, or nil when the budget is spent.
    func acquire(timeout: Bool) -> Int? {
        let cost = timeout ? Self.timeoutRetryCost : Self.retryCost
        return tokens.withLock { tokens in
            guard tokens >= cost else { return nil }
            tokens -= cost
            return cost
        }
    }

    /// A call succeeded; `refund` is what its last retry took (0 when it needed none).
    func succeeded(refund: Int) {
        tokens.withLock { $0 = min(capacity, $0 + (refund > 0 ? refund : Self.successIncrement)) }
    }
}
