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

    /// Waits as long as the schedule says after poll number `attempt + 1`.
    func pause(after attempt: Int) async throws {
        try await clock.sleep(for: schedule.delay(after: attempt, random: random))
    }

    /// Writes each new stack event, keeping the resources' own failures for the outcome.
    func relay(_ events: [CloudFormation.StackEvent], failures: inout [CloudFormation.StackEvent]) {
        for event in events {
            output(event.line)
            if event.isResourceFailure { failures.append(event) }
        }
    }
}
