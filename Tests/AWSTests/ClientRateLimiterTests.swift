import AWS
import Foundation
import Testing
import Synchronization

/// The adaptive mode's token bucket: off until a throttle, then at most the (CUBIC-lowered) rate.
struct ClientRateLimiterTests {
    final class Time: Sendable {
        private let seconds = Mutex(1000.0)
        var now: Double { seconds.withLock { $0 } }
        func advance(_ delta: Double) { seconds.withLock { $0 += delta } }
    }

    @Test func throttlesTurnTheBucketOnAndSlowDownSuccessesSpeedUp() {
        let time = Time()
        let limiter = ClientRateLimiter(now: { time.now })
        // Ten requests a second, all fine: no waiting, bucket off.
        for _ in 0..<20 {
            #expect(limiter.acquire() == .zero)
            limiter.record(throttled: false)
            time.advance(0.1)
        }
        #expect(limiter.state.enabled == false)
        limiter.record(throttled: true)
        let throttledRate = limiter.state.rate
        #expect(limiter.state.enabled)
        #expect(throttledRate < 10)
        // Taking tokens faster than the rate makes the caller wait.
        var waited = Duration.zero
        for _ in 0..<5 { waited += limiter.acquire() }
        #expect(waited > .zero)
        // Successes over time raise the rate again (never above twice the rate requests are sent at).
        for _ in 0..<60 {
            time.advance(0.1)
            limiter.record(throttled: false)
        }
        #expect(limiter.state.rate > throttledRate)
    }
}
