import AWS
import Foundation
import StackCheckTestSupport
import Synchronization

/// Real time plus every sleep, which returns at once: backoffs are recorded and count toward deadlines,
/// but are not waited.
final class VirtualClock: RetryClock, Sendable {
    private let state = Mutex((slept: Duration.zero, recorded: [Duration]()))

    var now: ContinuousClock.Instant { state.withLock { ContinuousClock.now + $0.slept } }
    var sleeps: [Duration] { state.withLock { $0.recorded } }

    func sleep(for duration: Duration) async throws {
        state.withLock {
            $0.slept += duration
            $0.recorded.append(duration)
        }
    }
}

struct FixedRandom: RandomSource {
    var value: Double
    func nextUnit() -> Double { value }
}

let testCredentials = StaticCredentialProvider(
    Credentials(accessKeyId: "AKIDTEST", secretAccessKey: "test-secret-value"))

/// A client aimed at a loopback server, with recorded backoffs.
func faultClient(
    _ endpoint: URL, clock: VirtualClock = VirtualClock(), maxAttempts: Int = 3, deadline: Duration? = .seconds(60),
    attemptTimeout: Duration = .seconds(5), budget: RetryBudget = RetryBudget()
) -> AWSClient {
    let retry = RetryPolicy(
        maxAttempts: maxAttempts, baseDelay: .milliseconds(100), attemptTimeout: attemptTimeout, deadline: deadline,
        clock: clock, random: FixedRandom(value: 0.5), budget: budget)
    return AWSClient(region: "us-east-1", credentials: testCredentials, endpointURL: endpoint, retry: retry)
}

/// Runs `body` and returns the AWSError it threw (nil if it did not throw one).
func awsError(_ body: () async throws -> Void) async -> AWSError? {
    do {
        try await body()
        return nil
    } catch {
        return error as? AWSError
    }
}
