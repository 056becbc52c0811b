import AWS

/// What a deploy or a delete works with besides its request: the CloudFormation client, the clock and
/// jitter its polls wait by (a test passes its own, so nothing really sleeps), and where each progress
/// line goes as it happens.
struct StackOperationContext: Sendable {
    let cloudFormation: CloudFormation
    var clock: any RetryClock = SystemRetryClock()
    var random: any RandomSource = SystemRandomSource()
    var schedule = PollSchedule(initial: .seconds(1), maximum: .seconds(5))
    let output: @Sendable (String) -> Void

    /// Calls `step` until it gives an outcome, waiting by the schedule in between; once `timeout` has passed,
    /// `timedOut` of the last status `step` saw.
    func poll<Outcome>(
        timeout: Duration? = nil, timedOut: ((_ status: String) -> Outcome)? = nil,
        _ step: () async throws -> (status: String, outcome: Outcome?)
    ) async throws -> Outcome {
        let start = clock.now
        var attempt = 0
        while true {
            let (status, outcome) = try await step()
            if let outcome { return outcome }
            if let timeout, let timedOut, clock.now - start >= timeout { return timedOut(status) }
            try await clock.sleep(for: schedule.delay(after: attempt, random: random))
            attempt += 1
        }
    }

    /// Writes each new stack event, keeping the resources' own failures for the outcome.
    func relay(_ events: [CloudFormation.StackEvent], failures: inout [CloudFormation.StackEvent]) {
        for event in events {
            output(event.line)
            if event.isResourceFailure { failures.append(event) }
        }
    }
}
