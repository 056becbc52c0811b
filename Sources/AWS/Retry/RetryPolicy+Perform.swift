import FoundationEssentials
import TextBasics

extension RetryPolicy {
    /// Runs `attempt` until it succeeds, fails for good, runs out of attempts or budget, or the deadline
    /// passes. `attempt` gets the time it may take and must throw only `AWSError`s.
    public func perform<T: Sendable>(
        service: String, operation: String, _ attempt: (_ timeout: Duration) async throws -> T
    ) async throws -> T {
        // The command's deadline is real time; an injected test clock keeps only the call's own.
        let bound = clock is SystemRetryClock ? CommandDeadline.earliest(deadline.map { clock.now + $0 }) : nil
        let end = clock is SystemRetryClock ? bound?.end : deadline.map { clock.now + $0 }
        let byCommand = bound?.isCommand ?? false
        var attempts = 0
        var lastCost = 0
        var last: AWSError?
        while true {
            var timeout = attemptTimeout
            if let end {
                let remaining = end - clock.now
                guard remaining > .zero else {
                    throw deadlineError(
                        service: service, operation: operation, attempts: attempts, last: last, command: byCommand)
                }
                timeout = min(timeout, remaining)
            }
            if let rateLimiter {
                let wait = rateLimiter.acquire()
                if wait > .zero {
                    if let end, clock.now + wait >= end {
                        throw deadlineError(service: service, operation: operation, attempts: attempts, last: last)
                    }
                    try await clock.sleep(for: wait)
                }
            }
            attempts += 1
            do {
                let value = try await attempt(timeout)
                budget.succeeded(refund: lastCost)
                rateLimiter?.record(throttled: false)
                return value
            } catch var error as AWSError {
                error.attempts = attempts
                rateLimiter?.record(throttled: error.isThrottling)
                last = error
                if let end, error.transport?.kind == .timedOut, clock.now >= end {
                    throw deadlineError(
                        service: service, operation: operation, attempts: attempts, last: error, command: byCommand)
                }
                guard Self.isRetryable(error), attempts < maxAttempts,
                    let cost = budget.acquire(timeout: error.transport?.kind == .timedOut)
                else { throw error }
                lastCost = cost
                let delay = backoff(retry: attempts)
                if let end, clock.now + delay >= end {
                    throw deadlineError(
                        service: service, operation: operation, attempts: attempts, last: error, command: byCommand)
                }
                try await clock.sleep(for: delay)
            }
        }
    }

    private func deadlineError(
        service: String, operation: String, attempts: Int, last: AWSError?, command: Bool = false
    ) -> AWSError {
        var message = "no answer within the deadline"
        if command {
            message = "no answer before the command's deadline (--timeout) was reached"
        } else if let deadline {
            message += " of \(Self.format(deadline))"
        }
        message += " (\(attempts) attempt\(attempts == 1 ? "" : "s")"
        if let last {
            let lastWhat = last.description.replacingText("\(last.action) failed: ", with: "")
            message += "; last: \(lastWhat)"
        }
        message += ")"
        return AWSError(
            kind: .deadlineExceeded, service: service, operation: operation, code: .deadlineExceeded,
            message: message, attempts: attempts,
            transport: last?.transport)
    }

    static func format(_ duration: Duration) -> String {
        let (seconds, atto) = duration.components
        let millis = atto / 1_000_000_000_000_000
        return millis == 0 ? "\(seconds)s" : "\(Double(seconds) + Double(millis) / 1000)s"
    }
}
