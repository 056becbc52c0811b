import Dispatch

/// The process entry: runs `StackCheck.main()` on the cooperative pool and waits for it on the main thread.
///
/// Synchronous on purpose. An `async` main parks the main thread in `dispatch_main()`, which ends that thread
/// with `pthread_exit`; glibc implements that as a forced unwind, which walks the binary's unwind tables
/// (`.eh_frame_hdr`, `.eh_frame`) and loads libgcc_s for it: pages mapped for nothing on every run
/// (README, "Benchmarks"). Nothing in stackcheck runs on the main actor, so the main thread has no other work.
@main
enum Entry {
    static func main() {
        HeapGrowth.configure()
        let finished = DispatchSemaphore(value: 0)
        // Detached: `main` is on the main actor, and a task inheriting that would wait for this thread.
        Task.detached {
            await StackCheck.main()
            finished.signal()
        }
        finished.wait()
    }
}
