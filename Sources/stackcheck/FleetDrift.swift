import AWS
import Live
import Report

/// Drift over a fleet: each stack with a client for its own region and profile and the template it
/// names (else the run's), `parallel` stacks at a time; one result per stack, in the order given.
enum FleetDrift {
    static func run(
        _ stacks: [FleetStack], aws: AWSOptions, options: DriftOptions, parallel: Int
    ) async throws -> [Result<DriftReport, DriftFailure>] {
        var clients: [String: AWSClient] = [:]
        var jobs: [String: DriftJob] = [:]
        var work: [(String, AWSClient, DriftJob)] = []
        for stack in stacks {
            let key = "\(stack.region ?? "")\u{0}\(stack.profile ?? "")"
            if clients[key] == nil {
                var scoped = aws
                scoped.region = stack.region ?? aws.region
                scoped.profile = stack.profile ?? aws.profile
                clients[key] = try scoped.makeClient(deadline: options.callDeadline)
            }
            // No template anywhere: the run's default (the golden, else the built-in reference template).
            let template = stack.template ?? options.template
            let templateKey = template ?? ""
            if jobs[templateKey] == nil {
                var scoped = options
                scoped.template = template
                jobs[templateKey] = try scoped.job()
            }
            work.append((stack.name, clients[key]!, jobs[templateKey]!))
        }
        // `--timeout` bounds the whole command, however many stacks it checks.
        let deadline = options.timeoutDuration.map { ContinuousClock.now + $0 }
        return await BoundedConcurrency.map(work, limit: parallel) { item in
            let (name, client, job) = item
            do {
                return .success(try await job.run(stack: name, client: client, deadline: deadline))
            } catch {
                return .failure(DriftFailure(stack: name, error: error))
            }
        }
    }
}
