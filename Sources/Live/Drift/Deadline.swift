import Foundation

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
private final class Race<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Deadline.Outcome<T>, Never>?
    private var pending: Deadline.Outcome<T>?

    func install(_ continuation: CheckedContinuation<Deadline.Outcome<T>, Never>) {
        lock.lock()
        if let pending {
            lock.unlock()
            continuation.resume(returning: pending)
            return
        }
        self.continuation = continuation
        lock.unlock()
    }

    @discardableResult
    func finish(_ outcome: Deadline.Outcome<T>) -> Bool {
        lock.lock()
        if let continuation {
            self.continuation = nil
            pending = outcome
            lock.unlock()
            continuation.resume(returning: outcome)
            return true
        }
        guard pending == nil else {
            lock.unlock()
            return false
        }
        pending = outcome
        lock.unlock()
        return true
    }
}
