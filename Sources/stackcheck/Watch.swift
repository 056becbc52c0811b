import AWS
import ArgumentParser
import Dispatch
import FoundationEssentials
import Live
import Report
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `stackcheck watch --stack S --every 15m`: drift on a schedule, a history line per run, a webhook
/// when the result changes; stops cleanly on SIGINT/SIGTERM.
struct Watch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch", _superCommandName: StackCheck.name,
        abstract: "Run drift on a schedule: history, notify on change, clean stop on SIGINT/SIGTERM.",
        discussion: """
            Runs never overlap: the next starts --every (plus up to --jitter) after the last began, or as \
            soon as it ended if it took longer. The first SIGINT/SIGTERM lets a running check finish and \
            records it; a second one exits at once (history lines are never half written).
            """)

    @Option(help: "The stack name or id (or --stacks-file for a fleet).")
    var stack: String?

    @Option(help: "How often to check, e.g. 15m, 1h, 30s.", transform: DurationArgument.parse)
    var every: DurationArgument

    @Option(
        help: "Random extra delay per interval: a duration (30s) or a share of --every (10%). (default: 10%)",
        transform: JitterArgument.parse)
    var jitter: JitterArgument = .share(0.1)

    @Option(help: "Append one JSON line per run to this file.")
    var history: String?

    @Option(help: "POST a JSON body to this URL whenever the result changes.")
    var notify: String?

    @Option(help: "Stop after this many runs (for tests and one-shot jobs).")
    var maxRuns: Int?

    @OptionGroup var driftOptions: DriftOptions
    @OptionGroup var fleet: FleetOptions
    @OptionGroup var aws: AWSOptions

    @Option(help: "Stacks checked at once when several are watched.")
    var parallelStacks: Int = 8

    func validate() throws {
        guard stack != nil || fleet.stacksFile != nil else {
            throw ValidationError("--stack (or --stacks-file) is required")
        }
        guard parallelStacks >= 1 else { throw ValidationError("--parallel-stacks must be at least 1") }
        guard every.duration > .zero else { throw ValidationError("--every must be longer than 0, such as 15m or 1h") }
        if let notify, URL(string: notify)?.scheme.map({ ["http", "https"].contains($0) }) != true {
            throw ValidationError("--notify must be an http or https URL, not '\(notify)'")
        }
        if let maxRuns, maxRuns < 1 { throw ValidationError("--max-runs must be at least 1") }
        try driftOptions.validate()
    }

    func run() async throws {
        let interval = every.duration
        let loops: [WatchLoop]
        do {
            let settings = try WatchLoop.Settings(
                every: interval, jitter: jitter.duration(every: interval), maxRuns: maxRuns, historyPath: history,
                notify: notify.flatMap(URL.init(string:)))
            loops = try WatchFleet.loops(
                try fleet.stacks(named: stack.map { [$0] } ?? []), aws: aws, options: driftOptions,
                limits: fleet.limits(total: parallelStacks), settings: settings)
        } catch let failure as CLIFailure {
            throw failure.report()
        } catch {
            throw CLIFailure.from(error).report()
        }
        let stop = StopSignal()
        let handlers = SignalHandlers(stop: stop, first: "watch: stopping after the current run")
        defer { handlers.cancel() }
        do {
            try await WatchFleet.run(loops, stop: stop)
        } catch {
            throw CLIFailure.from(error).report()
        }
    }
}

/// SIGINT/SIGTERM: the first asks `stop` to stop (saying `first` on stderr); a second exits at once with
/// 130, saying `second` when given. `watch` stops after the current run; `test` stops and still deletes.
final class SignalHandlers: @unchecked Sendable {
    private var sources: [any DispatchSourceSignal] = []
    private let count = Mutex(0)

    init(stop: StopSignal, first: String, second: String? = nil) {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in
                let seen = count.withLock { count in
                    count += 1
                    return count
                }
                if seen > 1 {
                    if let second { StandardStream.error.write(second + "\n") }
                    exit(130)
                }
                StandardStream.error.write(first + "\n")
                stop.stop()
            }
            source.resume()
            sources.append(source)
        }
    }

    func cancel() {
        for source in sources { source.cancel() }
    }
}
