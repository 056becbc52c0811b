import AWS

/// `running-count:<service>`: each of the stack's ECS services runs its desired count (at least the
/// minimum), on one primary deployment whose rollout completed.
struct RunningCountProbe: Probe {
    let pattern = "running-count:<service>"
    let summary = "each ECS service runs its desired count (at least 2) on one primary deployment, rollout completed"
    let operations = ECS.Operation.list(.describeServices)

    func evaluate(_ context: ProbeContext) async throws -> [ProbeResult] {
        var results: [(arn: String?, result: ProbeResult)] = []
        for cluster in await context.services.clusters() {
            switch cluster.answer {
            case .success(let answer):
                for service in answer.services {
                    let short = service.serviceName ?? ServiceAnswers.lastComponent(service.serviceArn)
                    let evaluation = RuntimeChecks.runningCount(service, minimum: context.options.minimumTasks)
                    results.append((service.serviceArn, ("\(name):\(short)", evaluation)))
                }
                for failure in answer.failures {
                    let why = "ECS does not know the service (\(failure.reason ?? "MISSING"))"
                    let evaluation = Evaluation.failing(why)
                    results.append((failure.arn, ("\(name):\(ServiceAnswers.lastComponent(failure.arn))", evaluation)))
                }
            case .failure(let error as AWSError):
                results.append((nil, ("\(name):\(cluster.name)", try ProbeContext.unknown(error))))
            case .failure(let error):
                throw error
            }
        }
        // The stack's order, so a report reads the same pass after pass.
        let order = context.services.arns.map(ServiceAnswers.lastComponent)
        let rank = { (item: (arn: String?, result: ProbeResult)) in
            order.firstIndex(of: String(item.result.name.dropFirst(name.count + 1))) ?? .max
        }
        return results.sorted { rank($0) < rank($1) }.map(\.result)
    }
}
