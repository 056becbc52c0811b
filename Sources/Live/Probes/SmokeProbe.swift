import AWS
import Findings

/// `stackcheck smoke`: runs every check, and polls with backoff and jitter until all pass, one fails for
/// good, or the deadline comes. A timeout of zero is exactly one pass.
public struct SmokeProbe: Sendable {
    /// After each pass: how it went, and how long until the next (nil when this was the last).
    public struct Progress: Sendable {
        public var pass: Int
        public var passing: Int
        public var total: Int
        public var failingNames: [String]
        public var nextPollIn: Duration?
        public var remaining: Duration
    }

    let client: AWSClient
    let options: SmokeOptions
    let clock: any RetryClock
    let random: any RandomSource
    let schedule: PollSchedule
    let transport: any HTTPTransport
    let progress: @Sendable (Progress) -> Void

    public init(
        client: AWSClient, options: SmokeOptions, clock: any RetryClock = SystemRetryClock(),
        random: any RandomSource = SystemRandomSource(), schedule: PollSchedule = PollSchedule(),
        transport: any HTTPTransport = CurlTransport(), progress: @escaping @Sendable (Progress) -> Void = { _ in }
    ) {
        self.client = client
        self.options = options
        self.clock = clock
        self.random = random
        self.schedule = schedule
        self.transport = transport
        self.progress = progress
    }

    /// The part of a --timeout kept for diagnosing failed checks after the last pass (at most a quarter of it),
    /// so a FAIL can say why and the command still ends by its deadline.
    public static let diagnosticsReserve: Duration = .seconds(15)

    /// - Throws: `StackReadError` or a non-transient `AWSError` when the stack cannot be probed (exit 2).
    public func run() async throws -> ProbeReport {
        try await OperationScope.run("smoke", Self.operations) { try await scopedRun() }
    }

    /// Every AWS operation a smoke run may call (the events only when the stack has failed); `run` is
    /// scoped to exactly these, and `stackcheck iam-policy --command smoke` prints them as a policy.
    public static let operations =
        StackLoader.operations(withTemplate: false) + ProbeRegistry.operations + diagnosticOperations

    /// What `ServiceDiagnostics` reads after the last pass for a short service (events, stopped tasks).
    /// Best effort: what AWS does not answer is "not read" and the verdict is the same; a denied call is
    /// exit 2 naming its action, as any other missing permission.
    public static let diagnosticOperations = ECS.Operation.list(.listTasks, .describeTasks)

    private func scopedRun() async throws -> ProbeReport {
        let start = clock.now
        let deadline = start + options.timeout
        // A timeout bounds every call in flight too (zero means one pass, each call with its own deadline).
        // The command deadline is real time, so it applies only with the real clock.
        let commandEnd =
            options.timeout > .zero && clock is SystemRetryClock ? ContinuousClock.now + options.timeout : nil
        return try await CommandDeadline.$end.withValue(commandEnd) { try await poll(start: start, deadline: deadline) }
    }

    private func poll(start: ContinuousClock.Instant, deadline: ContinuousClock.Instant) async throws -> ProbeReport {
        let pass = SmokePass(client: client, options: options, transport: transport)
        let reserve = options.timeout > .zero ? min(Self.diagnosticsReserve, options.timeout / 4) : .zero
        var attempt = 0
        var previous: [(name: String, evaluation: Evaluation)] = []
        while true {
            var (results, snapshot) = try await pass.run()
            let now = clock.now
            if options.timeout > .zero, now > deadline { results = Self.late(results, previous: previous) }
            let done = results.allSatisfy(\.evaluation.passed) || results.contains { $0.evaluation.isFinalFailure }
            let remaining = deadline > now ? deadline - now : .zero
            let delay = schedule.delay(after: attempt, random: random)
            // No pass starts at the deadline (less the diagnostics' reserve): one that would end after it is
            // merged by `late`.
            let wait = done || remaining <= delay + reserve ? nil : delay
            previous = results
            progress(
                Progress(
                    pass: attempt + 1, passing: results.filter(\.evaluation.passed).count, total: results.count,
                    failingNames: results.filter { !$0.evaluation.passed }.map(\.name), nextPollIn: wait,
                    remaining: remaining))
            guard let wait else {
                let elapsed = clock.now - start
                // The verdicts are in; explaining a failure uses the reserve, within the command's deadline
                // (what it cannot read by then is "not read", and the verdict stands; a denied call is exit 2).
                let checks = try await ServiceDiagnostics(client: client, snapshot: snapshot)
                    .attach(to: results.map(Self.check))
                return ProbeReport(
                    stack: options.stackName, checks: checks,
                    seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            }
            try await clock.sleep(for: wait)
            attempt += 1
        }
    }

    /// A pass that ended after the deadline (its calls cut short) never passes a check: the previous pass's
    /// verdict stands (it was reached before the deadline) unless the late pass saw a failure; a check only
    /// the late pass passed is inconclusive.
    static func late(
        _ results: [(name: String, evaluation: Evaluation)], previous: [(name: String, evaluation: Evaluation)]
    ) -> [(name: String, evaluation: Evaluation)] {
        results.map { result in
            if case .failing = result.evaluation { return result }
            if let earlier = previous.first(where: { $0.name == result.name }) { return earlier }
            if case .passing(let detail) = result.evaluation {
                return (result.name, .unknown("\(detail), but only after the --timeout deadline"))
            }
            return result
        }
    }

    static func check(_ result: (name: String, evaluation: Evaluation)) -> ProbeCheck {
        switch result.evaluation {
        case .passing(let detail): ProbeCheck(name: result.name, status: .pass, detail: detail)
        case .failing(let detail, _): ProbeCheck(name: result.name, status: .fail, detail: detail)
        case .waiting(let detail), .unknown(let detail):
            ProbeCheck(name: result.name, status: .inconclusive, detail: detail)
        }
    }
}
