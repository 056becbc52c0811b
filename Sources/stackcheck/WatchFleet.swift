import AWS
import Findings
import Live
import Report

/// `watch` over a fleet (`--stack`, `--stacks-file`, `--shard`): one watch loop per stack, all on the same
/// schedule, each stack's runs recorded in the history under its own name (so a restarted watch notifies
/// each stack only on its own change), the checks admitted through one `FleetGate` so the per-region
/// and per-account limits hold across the loops.
enum WatchFleet {
    static func loops(
        _ stacks: [FleetStack], aws: AWSOptions, options: DriftOptions, limits: FleetLimits,
        settings: WatchLoop.Settings
    ) throws -> [WatchLoop] {
        var clients = FleetClients(aws: aws, deadline: options.callDeadline)
        var jobs: [String: DriftJob] = [:]
        let gate = FleetGate(limits: limits)
        return try stacks.map { stack in
            let client = try clients.client(for: stack)
            let template = stack.template ?? options.template
            if jobs[template ?? ""] == nil {
                var scoped = options
                scoped.template = template
                jobs[template ?? ""] = try scoped.job()
            }
            let job = jobs[template ?? ""]!
            let slot = clients.slot(for: stack, client: client)
            let name = stack.name
            let prefix = stacks.count > 1 ? "\(name): " : ""
            return WatchLoop(
                stack: name, settings: settings,
                check: {
                    try await gate.run(slot) { () -> Result<DriftReport, any Error> in
                        do { return .success(try await job.run(stack: name, client: client)) } catch {
                            return .failure(error)
                        }
                    }.get()
                },
                log: { Console.error(prefix + $0) })
        }
    }

    /// Runs every loop until `stop` (or each loop's `--max-runs`); the first error ends the watch.
    static func run(_ loops: [WatchLoop], stop: StopSignal) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for loop in loops { group.addTask { try await loop.run(stop: stop) } }
            try await group.waitForAll()
        }
    }
}
