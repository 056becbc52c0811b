import FoundationEssentials

/// Keeps the credentials of another provider and fetches new ones `refreshMargin` before they expire.
///
/// Concurrent callers during a refresh share the one fetch. If a refresh fails while the old
/// credentials are still valid, the old ones are used (as the SDKs do) and the next call tries again.
public actor CachingCredentialProvider: CredentialProvider {
    public let base: any CredentialProvider
    public let refreshMargin: TimeInterval
    private let clock: @Sendable () -> Date
    private var cached: Credentials?
    private var refreshing: Task<Credentials, any Error>?

    public init(
        _ base: any CredentialProvider, refreshMargin: TimeInterval = 300,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.base = base
        self.refreshMargin = refreshMargin
        self.clock = clock
    }

    public func credentials() async throws -> Credentials {
        let now = clock()
        if let cached, !cached.expires(within: refreshMargin, of: now) { return cached }
        let task: Task<Credentials, any Error>
        if let refreshing {
            task = refreshing
        } else {
            let base = base
            task = Task { try await base.credentials() }
            refreshing = task
        }
        do {
            let fresh = try await task.value
            finish(task, with: fresh)
            return fresh
        } catch {
            finish(task, with: nil)
            if let cached, let expiration = cached.expiration, expiration > now { return cached }
            throw error
        }
    }

    /// Forgets the cached credentials (after the service rejected them, say).
    public func invalidate() {
        cached = nil
    }

    private func finish(_ task: Task<Credentials, any Error>, with fresh: Credentials?) {
        // Only the first waiter to resume clears the shared task; later waiters see it already gone.
        if refreshing == task { refreshing = nil }
        if let fresh { cached = fresh }
    }
}
