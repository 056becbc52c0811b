import AWS
import Findings
import Live
import Report

/// Drift over a fleet: each stack with a client for its own region and profile and the template it
/// names (else the run's), as many at a time as `limits` allow; one result per stack, in the order given.
enum FleetDrift {
    /// `job` is the run's own (`options.job()`), which the caller has made already: stacks that name no
    /// template of their own use it rather than reading the template again.
    static func run(
        _ stacks: [FleetStack], job runJob: DriftJob, aws: AWSOptions, options: DriftOptions, limits: FleetLimits
    ) async throws -> [Result<DriftReport, DriftFailure>] {
        var clients = FleetClients(aws: aws, deadline: options.callDeadline)
        var jobs: [String: DriftJob] = [options.template ?? "": runJob]
        var work: [(slot: FleetSlot, item: (String, AWSClient, DriftJob))] = []
        for stack in stacks {
            let client = try clients.client(for: stack)
            // No template anywhere: the run's default (the golden, else the built-in reference template).
            let template = stack.template ?? options.template
            let templateKey = template ?? ""
            let job: DriftJob
            if let made = jobs[templateKey] {
                job = made
            } else {
                var scoped = options
                scoped.template = template
                job = try scoped.job()
                jobs[templateKey] = job
            }
            work.append((clients.slot(for: stack, client: client), (stack.name, client, job)))
        }
        // `--timeout` bounds the whole command, however many stacks it checks.
        let deadline = options.timeoutDuration.map { ContinuousClock.now + $0 }
        return await FleetGate(limits: limits).map(work) { item in
            let (name, client, job) = item
            do {
                return .success(try await job.run(stack: name, client: client, deadline: deadline))
            } catch {
                return .failure(DriftFailure(stack: name, error: error))
            }
        }
    }
}
