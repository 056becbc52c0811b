internal import CurlLoader
import Synchronization

/// One thread running every transfer of a transport through libcurl's multi interface.
///
/// It replaced a pool of worker threads, one blocking `curl_easy_perform` each: drift of the reference stack
/// started eight threads, each with its own connections, and every answer crossed two thread wake-ups. One
/// thread waiting on all the transfers' sockets (`curl_multi_poll`) costs less CPU per request and shares
/// one connection cache, so a keep-alive connection (and against AWS its TLS session) to a host serves the
/// next request there, whichever it is. The thread starts with the first request and ends after `close()`,
/// once what was queued is done.
final class CurlLoop: Sendable {
    private struct Queue {
        var jobs: [Job] = []
        var started = false
        var closed = false
    }

    /// A transfer in progress: its job, the handle running it and what libcurl reads and writes for it.
    private struct Active {
        var job: Job
        var easy: CurlEasy
        var transfer: Transfer
    }

    private let queue = Mutex(Queue())
    /// The multi handle, or nil when libcurl would not make one (each request then fails at once, saying so).
    /// Touched only by the loop's thread, except for `curl_multi_wakeup`, which any thread may call.
    nonisolated(unsafe) private let multi: UnsafeMutableRawPointer?
    private let maxTransfers: Int
    private let options: CurlOptions

    init(maxTransfers: Int, options: CurlOptions) {
        self.maxTransfers = max(1, maxTransfers)
        self.options = options
        multi = NativeLibraries.transferMissing == nil ? curl_loader_multi_init() : nil
    }

    func enqueue(_ job: Job) {
        guard multi != nil else {
            job.complete(.failure(TransportError(.other, host: "", detail: "curl_multi_init failed")))
            return
        }
        let start = queue.withLock { queue in
            queue.jobs.append(job)
            defer { queue.started = true }
            return !queue.started
        }
        if start {
            DetachedThread.start { [self] in run() }
        } else {
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
        if let multi { curl_loader_multi_wakeup(multi) }
    }

    private func run() {
        guard let multi else { return }
        var active: [UnsafeMutableRawPointer: Active] = [:]
        var spare: [CurlEasy] = []
        while true {
            // Cancelled jobs leave the queue at once, even while every transfer slot is taken.
            let (jobs, cancelled, closed) = queue.withLock { queue in
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
                curl_loader_multi_poll(multi, 60_000)
                continue
            }
            var running: Int32 = 0
            curl_loader_multi_perform(multi, &running)
            var finished = false
            var handle: UnsafeMutableRawPointer?
            var code = CURLE_OK
            while curl_loader_multi_next_done(multi, &handle, &code) == 1 {
                guard let handle, let done = active.removeValue(forKey: handle) else { continue }
                curl_loader_multi_remove_handle(multi, handle)
                done.job.complete(done.easy.finish(done.transfer, code: code))
                spare.append(done.easy)
                finished = true
            }
            // A finished transfer made room for a queued one: take it before waiting. Otherwise wait for the
            // sockets, libcurl's next timer (timeouts, progress) or a wake-up, whichever comes first.
            if !finished { curl_loader_multi_poll(multi, 1_000) }
        }
        // libcurl's order: every easy handle out of the multi handle (the spares are), the multi handle
        // cleaned up, then the easy handles.
        curl_loader_multi_cleanup(multi)
        spare.removeAll()
    }
}
