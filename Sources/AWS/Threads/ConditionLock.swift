#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A mutex with a condition variable (what Foundation's `NSCondition` is), for threads that wait for work:
/// lock, check, `wait()` (which unlocks while it waits), unlock.
final class ConditionLock: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    func lock() { pthread_mutex_lock(mutex) }
    func unlock() { pthread_mutex_unlock(mutex) }
    /// Wakes one waiting thread.
    func signal() { pthread_cond_signal(condition) }
    /// Wakes every waiting thread.
    func broadcast() { pthread_cond_broadcast(condition) }
    /// Waits until signalled (or spuriously: check the condition again), with the lock held again after.
    func wait() { pthread_cond_wait(condition, mutex) }
}
