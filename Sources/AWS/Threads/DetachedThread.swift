#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A thread of its own for work that blocks (a curl transfer, getaddrinfo, waiting for a child process),
/// never the cooperative pool's. Foundation's `Thread` does the same with pthreads; this is without
/// full Foundation.
public enum DetachedThread {
    /// Starts `body` on a new detached thread.
    public static func start(_ body: @escaping @Sendable () -> Void) {
        let box = Unmanaged.passRetained(Body(run: body)).toOpaque()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        var thread = pthread_t()
        let started = pthread_create(&thread, &attributes, { pointer in
            let body = Unmanaged<Body>.fromOpaque(pointer!).takeRetainedValue()
            body.run()
            return nil
        }, box)
        // Out of threads: the process cannot go on meaningfully, as Foundation's Thread would also trap.
        precondition(started == 0, "cannot start a thread: \(String(cString: strerror(started)))")
    }

    private final class Body {
        let run: @Sendable () -> Void

        init(run: @escaping @Sendable () -> Void) { self.run = run }
    }
}
