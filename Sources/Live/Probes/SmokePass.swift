import AWS
import Foundation

/// One pass over every check. Services and target groups come from the stack's own resources, never from
/// names: the stack and its resources first, then every cluster's services and every target group's
/// health at once.
struct SmokePass: Sendable {
    let client: AWSClient
    let options: SmokeOptions
    let loadBalancer: LoadBalancerProbe

    func run() async throws -> [(name: String, evaluation: Evaluation)] {
        let cloudFormation = client.cloudFormation
        async let resourcesCall = StackLoader(client: client).resources(stackName: options.stackName)
        let stack: CloudFormation.Stack
        do {
            stack = try await cloudFormation.describeStack(options.stackName)
        } catch let error as AWSError {
            _ = try? await resourcesCall
            if error.isStackMissing {
                throw SmokeError(
                    "error: stack '\(options.stackName)' does not exist (\(error.action) \(error.code)); "
                        + "check --stack and --region")
            }
            return [("stack-status", try Self.unknown(error))]
        }
        if StackStatusVerdict.classify(stack.status.isEmpty ? nil : stack.status) == .unknown {
            throw SmokeError(
                "error: " + StackStatusVerdict.describe(stack: options.stackName, status: stack.status)
                    + " (cloudformation:DescribeStacks); stackcheck cannot say what it means")
        }
        var results: [(String, Evaluation)] = [("stack-status", try await stackStatus(stack))]
        let settled = StackStatusVerdict.classify(stack.status) == .settled
        results.append(
            ("alb-dns", await loadBalancer.evaluate(dnsName: stack.output("LoadBalancerDNS"), stackSettled: settled)))
        let resources: [CloudFormation.StackResource]
        do {
            resources = try await resourcesCall
        } catch let error as AWSError {
            return results + [("resources", try Self.unknown(error))]
        }
        let services = try await runningCounts(resources)
        results += services.map { ($0.name, $0.evaluation) }
        results += try await targetHealth(resources, services: services.compactMap(\.service))
        return results
    }

    private func stackStatus(_ stack: CloudFormation.Stack) async throws -> Evaluation {
        var failures: [CloudFormation.StackEvent] = []
        if case .finding = StackStatusVerdict.classify(stack.status) {
            // The events of the last operation, newest first, back to where it started.
            let events = try await client.cloudFormation.describeStackEvents(stackName: stack.stackId).items
            for event in events {
                if event.resourceType == "AWS::CloudFormation::Stack",
                    ["CREATE_IN_PROGRESS", "UPDATE_IN_PROGRESS", "IMPORT_IN_PROGRESS"].contains(event.status)
                {
                    break
                }
                if event.isResourceFailure { failures.insert(event, at: 0) }
            }
        }
        return RuntimeChecks.stackStatus(stack.status, reason: stack.statusReason, failures: failures)
    }

    private struct ServiceResult: Sendable {
        var name: String
        var evaluation: Evaluation
        var service: ECS.Service?
    }

    private func runningCounts(_ resources: [CloudFormation.StackResource]) async throws -> [ServiceResult] {
        let arns = resources.filter { $0.resourceType == "AWS::ECS::Service" }.compactMap(\.physicalId)
        let fallbackCluster = resources.first { $0.resourceType == "AWS::ECS::Cluster" }?.physicalId ?? "default"
        let byCluster = Dictionary(grouping: arns) { Self.cluster(ofService: $0) ?? fallbackCluster }
        let ecs = client.ecs
        let described = try await withThrowingTaskGroup(of: [ServiceResult].self) { group in
            for (cluster, services) in byCluster {
                group.addTask {
                    do {
                        let answer = try await ecs.describeServices(cluster: cluster, services: services)
                        let found = answer.services.map { service in
                            ServiceResult(
                                name: "running-count:\(service.serviceName ?? Self.lastComponent(service.serviceArn))",
                                evaluation: RuntimeChecks.runningCount(service, minimum: options.minimumTasks),
                                service: service)
                        }
                        let missing = answer.failures.map {
                            ServiceResult(
                                name: "running-count:\(Self.lastComponent($0.arn))",
                                evaluation: .failing("ECS does not know the service (\($0.reason ?? "MISSING"))"))
                        }
                        return found + missing
                    } catch let error as AWSError {
                        return [ServiceResult(name: "running-count:\(cluster)", evaluation: try Self.unknown(error))]
                    }
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        let order = arns.map(Self.lastComponent)
        return described.sorted {
            (order.firstIndex(of: suffix($0.name)) ?? .max) < (order.firstIndex(of: suffix($1.name)) ?? .max)
        }
    }

    private func targetHealth(_ resources: [CloudFormation.StackResource], services: [ECS.Service]) async throws
        -> [(String, Evaluation)]
    {
        let groups = resources.filter { $0.resourceType == "AWS::ElasticLoadBalancingV2::TargetGroup" }
            .compactMap(\.physicalId)
        let elbv2 = client.elbv2
        return try await withThrowingTaskGroup(of: (Int, String, Evaluation).self) { group in
            for (index, arn) in groups.enumerated() {
                let users = services.filter { ($0.loadBalancers ?? []).contains { $0.targetGroupArn == arn } }
                let wanted = max(1, users.reduce(0) { $0 + ($1.desiredCount ?? 0) })
                group.addTask {
                    let name = "target-health:\(Self.targetGroupName(arn))"
                    do {
                        let targets = try await elbv2.describeTargetHealth(targetGroupArn: arn)
                        return (index, name, RuntimeChecks.targetHealth(targets, wanted: wanted))
                    } catch let error as AWSError {
                        return (index, name, try Self.unknown(error))
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }.sorted { $0.0 < $1.0 }.map { ($0.1, $0.2) }
        }
    }

    /// A throttled or unanswered call leaves its check undecided; any other AWS error ends the run (exit 2).
    static func unknown(_ error: AWSError) throws -> Evaluation {
        guard error.isInconclusive else { throw error }
        return .unknown("no answer: \(error)")
    }

    /// `arn:aws:ecs:r:a:service/cluster/name` names its cluster; the old short form `service/name` does not.
    static func cluster(ofService arn: String) -> String? {
        guard let path = ARN(arn)?.resourcePath, path.count == 2 else { return nil }
        return path[0]
    }

    /// `arn:...:targetgroup/NAME/0123abcd` -> `NAME`.
    static func targetGroupName(_ arn: String) -> String {
        guard let path = ARN(arn)?.resourcePath, path.count >= 2 else { return arn }
        return path[path.count - 2]
    }

    static func lastComponent(_ arn: String?) -> String {
        arn.map(ARN.lastComponent) ?? "?"
    }

    private func suffix(_ name: String) -> String { String(name.split(separator: ":", maxSplits: 1).last ?? "") }
}
