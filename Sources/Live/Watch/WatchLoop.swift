import FoundationEssentials
import Findings

/// Drift on a schedule: one run at a time (the next starts only after the last ended), `every` plus a
/// random jitter apart, each appended to the history, a webhook only when the result changes, and a
/// clean stop on request: a sleeping loop stops at once, a running check finishes and is recorded.
public struct WatchLoop: Sendable {
    /// What every stack of a watch shares: the interval, the jitter, the runs, the history and the webhook.
    public struct Settings: Sendable {
        public var every: Duration
        /// The most added at random to each interval, so many watches do not call AWS in lockstep.
        public var jitter: Duration
        public var maxRuns: Int?
        public var history: WatchHistory?
        public var notifier: WebhookNotifier?

        /// Opens the history at `historyPath` (a second watch on one history is refused here) and the webhook.
        public init(
            every: Duration, jitter: Duration, maxRuns: Int? = nil, historyPath: String? = nil, notify: URL? = nil
        ) throws {
            self.every = every
            self.jitter = jitter
            self.maxRuns = maxRuns
            history = try historyPath.map { try WatchHistory(path: $0) }
            notifier = notify.map { WebhookNotifier(url: $0) }
        }
    }

    public var stack: String
    public var settings: Settings
    /// One drift run; returns the report or throws what kept it from deciding.
    public var check: @Sendable () async throws -> DriftReport
    /// Where each run's one-line summary goes (stderr in the CLI).
    public var log: @Sendable (String) -> Void

    public init(
        stack: String, settings: Settings, check: @escaping @Sendable () async throws -> DriftReport,
        log: @escaping @Sendable (String) -> Void
    ) {
        self.stack = stack
        self.settings = settings
        self.check = check
        self.log = log
    }

    /// Runs until `stop` is signalled or `maxRuns` is reached; returns the records it wrote.
    @discardableResult
    public func run(stop: StopSignal) async throws -> [WatchRecord] {
        var previous = settings.history.flatMap { WatchHistory.lastFingerprint(path: $0.path, stack: stack) }
        var previousStatus = previous.map { String($0.prefix { $0 != "\n" }) }
        var records: [WatchRecord] = []
        var number = 0
        while !stop.isStopped {
            number += 1
            let started = ContinuousClock.now
            var record = await runOnce(number)
            record.changed = record.fingerprint != previous
            if record.changed, let notifier = settings.notifier {
                let failure = await notifier.send(
                    WebhookNotifier.body(record: record.base, previousStatus: previousStatus, report: record.report))
                record.notified = failure == nil
                if let failure { log("watch: \(failure)") }
            }
            try settings.history?.append(record.base)
            log("watch: run \(number) \(record.base.status)\(record.changed ? " (changed)" : "")")
            records.append(record.base)
            previous = record.fingerprint
            previousStatus = record.base.status
            if let maxRuns = settings.maxRuns, number >= maxRuns { break }
            let next = started + settings.every + settings.jitter * Double.random(in: 0...1)
            let wait = max(.zero, next - ContinuousClock.now)
            if await stop.sleep(for: wait) { break }
        }
        return records
    }

    /// A record plus the report it came from (for the webhook's findings).
    struct Run {
        var base: WatchRecord
        var report: DriftReport?
        var fingerprint: String { base.fingerprint }
        var changed: Bool {
            get { base.changed }
            set { base.changed = newValue }
        }
        var notified: Bool? {
            get { base.notified }
            set { base.notified = newValue }
        }
    }

    func runOnce(_ number: Int) async -> Run {
        let began = ContinuousClock.now
        let time = Date()
        func elapsed() -> Int {
            let (seconds, attoseconds) = (ContinuousClock.now - began).components
            return Int(seconds * 1000 + attoseconds / 1_000_000_000_000_000)
        }
        do {
            let report = try await check()
            let record = WatchRecord(
                time: time, stack: stack, run: number, status: report.status.rawValue, exitCode: report.status.exitCode,
                durationMilliseconds: elapsed(), findings: WatchRecord.findingKeys(report))
            return Run(base: record, report: report)
        } catch {
            let failure = DriftFailure(stack: stack, error: error)
            let record = WatchRecord(
                time: time, stack: stack, run: number, status: failure.isInconclusive ? "INCONCLUSIVE" : "ERROR",
                exitCode: failure.exitClass.code, durationMilliseconds: elapsed(), findings: [],
                error: failure.message)
            return Run(base: record, report: nil)
        }
    }
}
