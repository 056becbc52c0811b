import FoundationEssentials
import Synchronization

/// A one-way "stop now" flag that also wakes whoever is sleeping on it, so `watch` stops within
/// moments of SIGINT/SIGTERM instead of at the end of its interval.
public final class StopSignal: Sendable {
    private struct State {
        var stopped = false
        var waiters: [UUID: CheckedContinuation<Void, Never>] = [:]
    }

    private let state = Mutex(State())

    public init() {}

    public var isStopped: Bool { state.withLock { $0.stopped } }

    public func stop() {
        let woken = state.withLock { state in
            state.stopped = true
            defer { state.waiters = [:] }
            return Array(state.waiters.values)
        }
        for waiter in woken { waiter.resume() }
    }

    /// Sleeps for `duration` or until stopped, whichever comes first; returns whether stopped.
    public func sleep(for duration: Duration) async -> Bool {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { try? await Task.sleep(for: duration) }
            group.addTask { await self.waitUntilStopped() }
            await group.next()
            group.cancelAll()
        }
        return isStopped
    }

    private func waitUntilStopped() async {
        let id = UUID()
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = state.withLock { state in
                    if state.stopped || Task.isCancelled { return true }
                    state.waiters[id] = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            let waiter = state.withLock { $0.waiters.removeValue(forKey: id) }
            waiter?.resume()
        }
    }
}
