import AWS
import Foundation
import Testing

/// `CachingCredentialProvider` with an injected clock: refresh 5 minutes before expiry, one fetch for
/// many concurrent callers, old credentials kept while they are still valid.
struct CredentialCachingTests {
    static let start = Date(timeIntervalSince1970: 1_700_000_000)

    @Test func refreshesFiveMinutesBeforeExpiry() async throws {
        let clock = ManualClock(Self.start)
        let base = CountingProvider(clock: clock, lifetime: 3600)
        let cache = CachingCredentialProvider(base, clock: clock.read)
        #expect(try await cache.credentials().accessKeyId == "AKID1")
        clock.advance(3600 - 301)  // 5 min 1 s left: still good
        #expect(try await cache.credentials().accessKeyId == "AKID1")
        #expect(await base.calls == 1)
        clock.advance(2)  // 4 min 59 s left: refresh
        #expect(try await cache.credentials().accessKeyId == "AKID2")
        #expect(await base.calls == 2)
    }

    @Test func concurrentCallersShareOneFetch() async throws {
        let clock = ManualClock(Self.start)
        let base = CountingProvider(clock: clock, lifetime: 3600)
        let cache = CachingCredentialProvider(base, clock: clock.read)
        let keys = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<32 { group.addTask { try await cache.credentials().accessKeyId } }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(keys == ["AKID1"])
        #expect(await base.calls == 1)
    }

    @Test func failedRefreshKeepsValidCredentialsThenFails() async throws {
        let clock = ManualClock(Self.start)
        let base = CountingProvider(clock: clock, lifetime: 600)
        let cache = CachingCredentialProvider(base, clock: clock.read)
        _ = try await cache.credentials()
        await base.fail(true)
        clock.advance(400)  // inside the margin, not expired
        #expect(try await cache.credentials().accessKeyId == "AKID1")
        clock.advance(300)  // expired
        let error = await #expect(throws: CredentialError.self) { try await cache.credentials() }
        #expect(error?.description == "counting: refresh failed")
        await base.fail(false)
        #expect(try await cache.credentials().accessKeyId == "AKID4")
    }

    @Test func longTermKeysAreFetchedOnce() async throws {
        let clock = ManualClock(Self.start)
        let base = CountingProvider(clock: clock, lifetime: nil)
        let cache = CachingCredentialProvider(base, clock: clock.read)
        _ = try await cache.credentials()
        clock.advance(86_400 * 30)
        #expect(try await cache.credentials().accessKeyId == "AKID1")
        #expect(await base.calls == 1)
    }
}
