import AWS
import FoundationEssentials
import Findings

/// Why a `running-count` check failed, as the seed README's troubleshooting section looks it up: the
/// service's latest events (DescribeServices) and its stopped tasks' reasons (ListTasks
/// desiredStatus=STOPPED, DescribeTasks): `stoppedReason`, and each container's exit code and reason.
/// Asked once, after the last pass, only for the services that failed. Best effort for what AWS could
/// not answer ("not read", the verdict stands), but a call the credentials may not make is a setup error
/// like any other (exit 2 naming the action), so a least-privilege policy that lacks it shows at once.
struct ServiceDiagnostics: Sendable {
    let client: AWSClient
    /// The stack as the last pass read it (nil when it could not): its services, without reading it again.
    let snapshot: StackSnapshot?
    var eventCount = 5
    var taskCount = 5

    /// The checks, with diagnostics added to each failing `running-count:<service>`.
    func attach(to checks: [ProbeCheck]) async throws -> [ProbeCheck] {
        let failing = Set(checks.filter { $0.status != .pass && $0.name.hasPrefix("running-count:") }.map(\.name))
        guard !failing.isEmpty, let resources = snapshot?.resources else { return checks }
        let fallbackCluster = resources.first { $0.type == "AWS::ECS::Cluster" }?.physicalId ?? "default"
        let services = resources.filter { $0.type == "AWS::ECS::Service" }.compactMap(\.physicalId)
            .filter { failing.contains("running-count:\(ServiceAnswers.lastComponent($0))") }
        let found = try await withThrowingTaskGroup(of: (String, [String]).self) { group in
            for arn in services {
                group.addTask {
                    let cluster = ServiceAnswers.cluster(ofService: arn) ?? fallbackCluster
                    let name = "running-count:\(ServiceAnswers.lastComponent(arn))"
                    return (name, try await lines(cluster: cluster, service: arn))
                }
            }
            return try await group.reduce(into: [String: [String]]()) { $0[$1.0] = $1.1 }
        }
        return checks.map { check in
            var check = check
            check.diagnostics += found[check.name] ?? []
            return check
        }
    }

    private func lines(cluster: String, service: String) async throws -> [String] {
        let ecs = client.ecs
        var lines: [String] = []
        do {
            let events =
                try await ecs.describeServices(cluster: cluster, services: [service]).services.first?.events ?? []
            lines += events.prefix(eventCount).map { "event \(Self.time($0.createdAt)) \($0.message ?? "")" }
            if events.isEmpty { lines.append("event: none reported") }
        } catch let error as AWSError where error.isAccessDenied {
            throw error
        } catch {
            lines.append("events not read: \(error)")
        }
        do {
            let name = ServiceAnswers.lastComponent(service)
            let arns = try await ecs.listTasks(
                cluster: cluster, serviceName: name, desiredStatus: "STOPPED", limit: taskCount)
            let tasks = arns.isEmpty ? [] : try await ecs.describeTasks(cluster: cluster, tasks: arns)
            lines += tasks.sorted { ($0.stoppedAt ?? .distantPast) > ($1.stoppedAt ?? .distantPast) }.map(Self.describe)
            if tasks.isEmpty { lines.append("stopped tasks: none") }
        } catch let error as AWSError where error.isAccessDenied {
            throw error
        } catch {
            lines.append("stopped tasks not read: \(error)")
        }
        return lines
    }

    /// `stopped task 0a1b2c: Essential container in task exited (EssentialContainerExited); container app
    /// exit 1: OutOfMemoryError`
    static func describe(_ task: ECS.Task) -> String {
        let short = ServiceAnswers.lastComponent(task.taskArn)
        var text = "stopped task \(short): \(task.stoppedReason ?? "no reason given")"
        if let code = task.stopCode { text += " (\(code))" }
        for container in task.containers ?? [] where container.exitCode != nil || container.reason != nil {
            text += "; container \(container.name ?? "?")"
            if let exit = container.exitCode { text += " exit \(exit)" }
            if let reason = container.reason, !reason.isEmpty { text += ": \(reason)" }
        }
        return text
    }

    private static func time(_ date: Date?) -> String {
        guard let date else { return "--:--:--" }
        return UTCTime(date).clock
    }
}
