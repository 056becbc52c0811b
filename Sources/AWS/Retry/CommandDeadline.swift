/// The instant the whole command must be done by (`--timeout`), seen by every AWS call made under it.
///
/// A call's own deadline (RetryPolicy.deadline) bounds one call; this bounds them all together, calls in
/// flight included: each attempt's transport timeout is cut to what remains, so a stalled answer can
/// never hold a command past its `--timeout`. A task-local, so it reaches every child task (and `Task {}`)
/// of the scope that sets it, and two commands in one process (watch runs, tests) never share one.
///
///     try await CommandDeadline.$end.withValue(ContinuousClock.now + .seconds(5)) { try await probe.run() }
public enum CommandDeadline {
    @TaskLocal public static var end: ContinuousClock.Instant?

    /// The earlier of the call's own end and the command's.
    static func earliest(_ callEnd: ContinuousClock.Instant?) -> (end: ContinuousClock.Instant, isCommand: Bool)? {
        switch (callEnd, end) {
        case (nil, nil): nil
        case (let call?, nil): (call, false)
        case (nil, let command?): (command, true)
        case (let call?, let command?): command <= call ? (command, true) : (call, false)
        }
    }
}
