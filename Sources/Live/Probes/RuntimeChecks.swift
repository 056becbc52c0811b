import AWS

/// The verdicts of the runtime checks, as pure functions of what AWS reported (tested without a server).
enum RuntimeChecks {
    /// `stack-status`, by `StackStatusVerdict` (the rule drift, describe and watch share): settled passes;
    /// in progress waits; failed, rolled back or deleting fails for good, naming the resource failures that
    /// caused it. An unknown status is not a check result: `SmokePass` ends the run (exit 2) before this.
    static func stackStatus(_ status: String, reason: String?, failures: [CloudFormation.StackEvent]) -> Evaluation {
        switch StackStatusVerdict.classify(status) {
        case .settled: return .passing(status)
        case .inProgress: return .waiting("\(status) (waiting for it to settle)")
        case .unknown: return .failing("\(status): not a status CloudFormation documents", final: true)
        case .finding(let why):
            var detail = status + (reason.map { ": \($0)" } ?? "") + " (\(why))"
            if !failures.isEmpty {
                detail +=
                    "; caused by "
                    + failures.map {
                        "\($0.logicalId) (\($0.resourceType)) \($0.status): \($0.statusReason ?? "no reason given")"
                    }.joined(separator: "; ")
            }
            return .failing(detail, final: true)
        }
    }

    /// `running-count:<service>`: running equals desired, at least `minimum`, one primary deployment,
    /// rollout completed.
    static func runningCount(_ service: ECS.Service, minimum: Int) -> Evaluation {
        let desired = service.desiredCount ?? 0
        let running = service.runningCount ?? 0
        if let status = service.status, status != "ACTIVE" { return .failing("service is \(status)", final: true) }
        if desired < minimum {
            return .failing("desired count \(desired) is below the required \(minimum)", final: true)
        }
        let deployments = service.deployments ?? []
        let primary = deployments.filter { $0.status == "PRIMARY" }
        let rollout = primary.first?.rolloutState
        var problems: [String] = []
        if running != desired {
            problems.append("running \(running) of \(desired) (pending \(service.pendingCount ?? 0))")
        }
        if primary.count != 1 || deployments.count != 1 {
            problems.append("\(deployments.count) deployments (\(primary.count) primary)")
        }
        if let rollout, rollout != "COMPLETED" {
            if rollout == "FAILED" {
                return .failing(
                    "rollout FAILED: \(primary.first?.rolloutStateReason ?? "no reason given")", final: true)
            }
            problems.append("rollout \(rollout)")
        }
        if problems.isEmpty { return .passing("running \(running) of \(desired), rollout \(rollout ?? "COMPLETED")") }
        return .failing(problems.joined(separator: ", "))
    }

    /// `target-health:<target group>`: at least `wanted` healthy targets, none unhealthy; no registered
    /// target is a failure, never a pass.
    static func targetHealth(_ targets: [ELBv2.TargetHealth], wanted: Int) -> Evaluation {
        if targets.isEmpty { return .failing("no target registered (want \(wanted) healthy)") }
        let healthy = targets.filter { $0.state == "healthy" }.count
        let unhealthy = targets.filter { $0.state == "unhealthy" }
        let others = targets.filter { $0.state != "healthy" && $0.state != "unhealthy" }
        var detail = "\(healthy) healthy of \(wanted) wanted"
        if !unhealthy.isEmpty { detail += "; \(unhealthy.count) unhealthy: " + describe(unhealthy) }
        if !others.isEmpty { detail += "; \(others.count) other: " + describe(others) }
        return unhealthy.isEmpty && healthy >= wanted ? .passing(detail) : .failing(detail)
    }

    private static func describe(_ targets: [ELBv2.TargetHealth]) -> String {
        targets.map { target in
            var text = target.targetId + (target.port.map { ":\($0)" } ?? "") + " \(target.state)"
            if let reason = target.reason { text += " \(reason)" }
            if let description = target.description, !description.isEmpty { text += " (\(description))" }
            return text
        }.joined(separator: ", ")
    }
}
