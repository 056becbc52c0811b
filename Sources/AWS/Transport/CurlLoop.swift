internal import CurlLoader
import Synchronization

/// One thread running every transfer of a transport through libcurl's multi interface.
///
/// It replaced a pool of worker threads, one blocking `curl_easy_perform` each: drift of the reference stack
/// started eight threads, each with its own connections, and every answer crossed two thread wake-ups. One
/// thread waiting on all the transfers' sockets costs less CPU per request and shares one connection cache,
/// so a keep-alive connection (and against AWS its TLS session) to a host serves the next request there,
/// whichever it is. libcurl is driven by socket events (`curl_loader_events_run`), so each event runs only the
/// transfer it is for. The thread starts with the first request and ends after `close()`, once what was
/// queued is done.
final class CurlLoop: Sendable {
    private struct Queue {
        var jobs: [Job] = []
        var started = false
        var closed = false
        /// The loop is about to sleep in (or is in) `curl_loader_events_run`: the next job queued must wake it.
        /// Otherwise the loop looks at the queue before it next waits, and a wake-up would only cost both threads
        /// a system call (one per request, before this).
        var waiting = false
    }

    /// A transfer in progress: its job, the handle running it and what libcurl reads and writes for it.
    private struct Active {
        var job: Job
        var easy: CurlEasy
        var transfer: Transfer
    }

    private let queue = Mutex(Queue())
    /// The multi handle and its sockets, or nil when libcurl would not make them (each request then fails at
    /// once, saying so). Touched only by the loop's thread, except for `curl_loader_events_wake`.
    nonisolated(unsafe) private let events: OpaquePointer?
    private let maxTransfers: Int
    private let options: CurlOptions

    init(maxTransfers: Int, options: CurlOptions) {
        self.maxTransfers = max(1, maxTransfers)
        self.options = options
        events = NativeLibraries.transferMissing == nil ? curl_loader_events_new() : nil
    }

    deinit { curl_loader_events_free(events) }

    func enqueue(_ job: Job) {
        guard events != nil else {
            job.complete(.failure(TransportError(.other, host: "", detail: "curl_multi_init failed")))
            return
        }
        let (start, waiting) = queue.withLock { queue in
            queue.jobs.append(job)
            defer { (queue.started, queue.waiting) = (true, false) }
            return (!queue.started, queue.waiting)
        }
        if start {
            DetachedThread.start { [self] in run() }
        } else if waiting {
            wake()
        }
    }

    /// Lets the loop finish what is queued, then end its thread and free its handles.
    func close() {
        queue.withLock { $0.closed = true }
        wake()
    }

    /// Ends the loop's current wait for the network, so that it looks at its queue and cancel flags now.
    func wake() {
        if let events { curl_loader_events_wake(events) }
    }

    private func run() {
        guard let events, let multi = curl_loader_events_multi(events) else { return }
        var active: [UnsafeMutableRawPointer: Active] = [:]
        var spare: [CurlEasy] = []
        /// Ends a transfer: out of the multi handle, its job completed, its handle kept for the next one.
        func end(_ handle: UnsafeMutableRawPointer, code: CURLcode) {
            guard let done = active.removeValue(forKey: handle) else { return }
            curl_loader_multi_remove_handle(multi, handle)
            done.job.complete(done.easy.finish(done.transfer, code: code))
            spare.append(done.easy)
        }
        while true {
            // Cancelled jobs leave the queue at once, even while every transfer slot is taken.
            let (jobs, cancelled, closed) = queue.withLock { queue in
                queue.waiting = false
                let cancelled = queue.jobs.filter(\.cancel.isSet)
                if !cancelled.isEmpty { queue.jobs.removeAll(where: \.cancel.isSet) }
                let taken = Array(queue.jobs.prefix(maxTransfers - active.count))
                queue.jobs.removeFirst(taken.count)
                return (taken, cancelled, queue.closed && queue.jobs.isEmpty)
            }
            for job in cancelled {
                let host = CurlEasy.hostDescription(job.request.url)
                job.complete(.failure(TransportError(.cancelled, host: host, detail: "")))
            }
            // A cancelled transfer ends here: libcurl runs a transfer only on its socket's events or its timer,
            // so a progress callback could be too late to notice.
            for (handle, transfer) in active where transfer.job.cancel.isSet {
                end(handle, code: CURLE_ABORTED_BY_CALLBACK)
            }
            for job in jobs {
                guard let easy = spare.popLast() ?? CurlEasy(options: options) else {
                    job.complete(.failure(TransportError(.other, host: "", detail: "curl_easy_init failed")))
                    continue
                }
                let transfer = easy.prepare(
                    job.request, connectTimeout: job.connectTimeout, timeout: job.timeout, cancel: job.cancel)
                // Refused only when libcurl is out of memory; the job must still end, or its caller waits forever.
                guard curl_loader_multi_add_handle(multi, easy.handle) == CURLM_OK else {
                    let failure = TransportError(.other, host: transfer.host, detail: "curl_multi_add_handle failed")
                    job.complete(.failure(failure))
                    spare.append(easy)
                    continue
                }
                active[easy.handle] = Active(job: job, easy: easy, transfer: transfer)
            }
            if active.isEmpty {
                if closed { break }
                // Nothing to drive: sleep until a request (or close) wakes the loop.
                if mayWait(active: 0) { curl_loader_events_run(events, 60_000) }
                continue
            }
            // Wait for the sockets, libcurl's next timer (timeouts, new transfers) or a wake-up, unless a queued
            // job could start now; then libcurl acts on what is ready.
            curl_loader_events_run(events, mayWait(active: active.count) ? 1_000 : 0)
            var handle: UnsafeMutableRawPointer?
            var code = CURLE_OK
            while curl_loader_multi_next_done(multi, &handle, &code) == 1 {
                if let handle { end(handle, code: code) }
            }
        }
        // libcurl's order: every easy handle out of the multi handle (the spares are) and cleaned up; the
        // multi handle goes in deinit, after the last `wake()` (close's own) can reach it.
        spare.removeAll()
    }

    /// False when a queued job could start now (the loop goes round instead of sleeping); otherwise marks the
    /// loop as waiting, so that `enqueue` wakes it. Cancelling and closing always wake it.
    private func mayWait(active: Int) -> Bool {
        queue.withLock { queue in
            queue.waiting = queue.jobs.isEmpty || active >= maxTransfers
            return queue.waiting
        }
    }
}
