import FoundationEssentials
import Synchronization

/// Runs work against a deadline without waiting for it past the deadline: the first of "the work
/// finished" and "time is up" wins, so a call that ignores cancellation cannot hold the run.
public enum Deadline {
    public enum Outcome<T: Sendable>: Sendable {
        case finished(Result<T, any Error>)
        case timedOut
    }

    public static func run<T: Sendable>(
        until deadline: ContinuousClock.Instant?, _ work: @escaping @Sendable () async throws -> T
    ) async -> Outcome<T> {
        guard let deadline else {
            do { return .finished(.success(try await work())) } catch { return .finished(.failure(error)) }
        }
        if ContinuousClock.now >= deadline { return .timedOut }
        let race = Race<T>()
        return await withCheckedContinuation { continuation in
            race.install(continuation)
            let worker = Task {
                do { race.finish(.finished(.success(try await work()))) } catch {
                    race.finish(.finished(.failure(error)))
                }
            }
            Task {
                try? await Task.sleep(until: deadline, clock: .continuous)
                if race.finish(.timedOut) { worker.cancel() }
            }
        }
    }
}

/// Resumes its continuation exactly once, with whichever outcome arrives first.
private final class Race<T: Sendable>: Sendable {
    private struct State {
        var continuation: CheckedContinuation<Deadline.Outcome<T>, Never>?
        var pending: Deadline.Outcome<T>?
    }

    private let state = Mutex(State())

    func install(_ continuation: CheckedContinuation<Deadline.Outcome<T>, Never>) {
        let pending = state.withLock { state -> Deadline.Outcome<T>? in
            if let pending = state.pending { return pending }
            state.continuation = continuation
            return nil
        }
        // Resumed outside the lock: the continuation may run code that finishes another race.
        if let pending { continuation.resume(returning: pending) }
    }

    @discardableResult
    func finish(_ outcome: Deadline.Outcome<T>) -> Bool {
        let (won, waiting) = state.withLock { state -> (Bool, CheckedContinuation<Deadline.Outcome<T>, Never>?) in
            guard state.pending == nil else { return (false, nil) }
            state.pending = outcome
            defer { state.continuation = nil }
            return (true, state.continuation)
        }
        waiting?.resume(returning: outcome)
        return won
    }
}
