import AWS
import Findings
import Template

/// What sits in the stack's own scope but is not in the stack (driftctl's "unmanaged"): services in its clusters,
/// listeners on its load balancers, rules on its listeners. Each is a finding of kind `unmanaged`, named by the
/// resource's own name or ARN (its `logicalId`, for the accepted-drift file) at the pointer of the stack resource
/// whose scope it is in.
struct UnmanagedCheck: Sendable {
    var client: AWSClient
    var deadline: ContinuousClock.Instant?

    /// What it reads: every list call of the stack's scopes, and the Tagging API.
    static let operations =
        ResourceGroupsTagging.Operation.list(.getResources)
        + ECS.Operation.list(.listServices, .describeServices, .listTasks, .describeTasks)
        + ELBv2.Operation.list(.describeListeners, .describeRules)

    /// A call the caller may not make (or that nobody declared) stops the run, as in every checker: a policy
    /// missing an action must fail loudly, not read as "nothing unmanaged".
    static func stopsTheRun(_ error: any Error) -> Bool {
        guard let error = error as? AWSError else { return false }
        return error.missingAction != nil || error.code == .undeclaredOperation
    }

    func run(_ snapshot: StackSnapshot, template: Node, into report: inout DriftReport) async throws {
        let owned = Set(snapshot.resources.compactMap(\.physicalId))
        let ownedNames = Set(owned.map(ARN.lastComponent))
        let ownedFamilies = Set(
            snapshot.resources.filter { $0.type == "AWS::ECS::TaskDefinition" }.compactMap(\.physicalId).map(
                Self.family))
        for resource in snapshot.resources {
            guard let physical = resource.physicalId, !physical.isEmpty else { continue }
            let scope: (@Sendable () async throws -> [Finding])?
            switch resource.type {
            case "AWS::ECS::Cluster":
                scope = {
                    // One listing answers both: services the stack does not list, and what they run.
                    let services = try await client.ecs.listServices(cluster: physical)
                    let running = try await families(
                        cluster: physical, services: services, owner: resource.logicalId, owned: ownedFamilies)
                    return unmanaged(services, cluster: physical, owner: resource.logicalId, owned: ownedNames)
                        + running
                }
            case "AWS::ElasticLoadBalancingV2::LoadBalancer":
                scope = { try await listeners(balancer: physical, owner: resource.logicalId, owned: owned) }
            case "AWS::ElasticLoadBalancingV2::Listener":
                scope = { try await rules(listener: physical, owner: resource.logicalId, owned: owned) }
            default:
                scope = nil
            }
            guard let scope else { continue }
            try report.file(
                await Deadline.run(until: deadline, scope), inconclusive: resource.logicalId,
                notChecked: { "unmanaged resources in \(resource.logicalId)'s scope not checked: \($0)" },
                outOfTime: "\(resource.logicalId): out of time looking for unmanaged resources")
        }
        try await tagged(snapshot, owned: owned, into: &report)
    }

    /// Anything carrying the stack's `aws:cloudformation:stack-name` tag (CloudFormation puts it on what it makes)
    /// that the stack does not list: left behind by a replacement, a retained resource, a copy. Read through the
    /// Resource Groups Tagging API; an ARN counts as the stack's when it is, or names, one of its physical ids.
    func tagged(_ snapshot: StackSnapshot, owned: Set<String>, into report: inout DriftReport) async throws {
        let tagging = client.resourceGroupsTagging
        let name = snapshot.name
        let listed = Set(report.findings.map(\.logicalId))
        let outcome = await Deadline.run(until: deadline) {
            var seen = listed
            return try await tagging.resourceArns(taggedWith: "aws:cloudformation:stack-name", value: name)
                .filter { !Self.names($0, oneOf: owned) && seen.insert($0).inserted }
                .map { arn in
                    Finding(
                        logicalId: arn, resourceType: Self.type(of: arn), kind: .unmanaged, path: "/Resources",
                        actual: .string(arn),
                        explanation: "it carries the stack's aws:cloudformation:stack-name tag (\(name)) but the stack "
                            + "does not list it (left behind by a replacement or a retained resource?)")
                }
        }
        try report.file(
            outcome, inconclusive: "tagged resources",
            notChecked: { "resources tagged with the stack's name not checked: \($0)" },
            outOfTime: "out of time looking for resources tagged with the stack's name")
    }

    /// Whether an ARN is one of the physical ids, or names one in its resource part (`security-group/sg-1`,
    /// `log-group:/ecs/x:*`, `role/name`).
    static func names(_ arn: String, oneOf owned: Set<String>) -> Bool {
        if owned.contains(arn) { return true }
        guard let parsed = ARN(arn) else { return false }
        let resource = parsed.resource
        if owned.contains(resource) { return true }
        // `type/name` and `type:name[:*]`, the name possibly holding slashes (log groups: `log-group:/ecs/x:*`).
        var name = parsed.resourceId
        if name.hasSuffix(":*") { name.removeLast(2) }
        if owned.contains(name) { return true }
        return resource.split(whereSeparator: { $0 == "/" || $0 == ":" }).contains { owned.contains(String($0)) }
    }

    /// `arn:aws:ec2:r:a:security-group/sg-1` -> `ec2:security-group`, the Tagging API's resource type.
    static func type(of arn: String) -> String {
        guard let parsed = ARN(arn) else { return "unknown" }
        return "\(parsed.service):\(parsed.resourceType ?? parsed.resource)"
    }

    private func unmanaged(_ services: [String], cluster: String, owner: String, owned: Set<String>) -> [Finding] {
        services.filter { !owned.contains(ARN.lastComponent($0)) }.map {
            finding(
                $0, type: "AWS::ECS::Service", owner: owner,
                "service \(ARN.lastComponent($0)) runs in the stack's cluster \(cluster) but the stack does not list it"
            )
        }
    }

    /// Task definition families run in the cluster (by its services or standalone tasks) that the stack does not
    /// define. A service of the stack running another revision of its own family is the revision check's business.
    private func families(
        cluster: String, services: [String], owner: String, owned: Set<String>
    ) async throws -> [Finding] {
        let ecs = client.ecs
        let running =
            try await ecs.describeServices(cluster: cluster, services: services).services
            .compactMap(\.taskDefinition) + ecs.taskDefinitionsOfTasks(cluster: cluster)
        var seen = Set<String>()
        return running.compactMap { arn in
            let family = Self.family(arn)
            guard !owned.contains(family), seen.insert(family).inserted else { return nil }
            return Finding(
                logicalId: family, resourceType: "AWS::ECS::TaskDefinition", kind: .unmanaged,
                path: FindingPath.resource(owner), actual: .string(arn),
                explanation: "task definition family \(family) runs in the stack's cluster \(cluster) but the stack "
                    + "does not define it (made outside CloudFormation?)")
        }
    }

    /// `arn:...:task-definition/family:3` -> `family`.
    static func family(_ arn: String) -> String {
        let last = ARN.lastComponent(arn)
        return String(last.split(separator: ":").first ?? Substring(last))
    }

    private func listeners(balancer: String, owner: String, owned: Set<String>) async throws -> [Finding] {
        try await client.elbv2.describeListeners(loadBalancerArn: balancer).compactMap { listener in
            let arn = listener.arn
            guard !arn.isEmpty, !owned.contains(arn) else { return nil }
            return finding(
                arn, type: "AWS::ElasticLoadBalancingV2::Listener", owner: owner,
                "a listener on port \(listener.port.map(String.init) ?? "?") of the stack's load balancer is not in "
                    + "the stack")
        }
    }

    private func rules(listener: String, owner: String, owned: Set<String>) async throws -> [Finding] {
        try await client.elbv2.describeRuleArns(listenerArn: listener).filter {
            !$0.isDefault && !owned.contains($0.arn)
        }
        .map {
            finding(
                $0.arn, type: "AWS::ElasticLoadBalancingV2::ListenerRule", owner: owner,
                "a rule on the stack's listener is not in the stack")
        }
    }

    private func finding(_ id: String, type: String, owner: String, _ why: String) -> Finding {
        Finding(
            logicalId: ARN.isARN(id) && type != "AWS::ECS::Service" ? id : ARN.lastComponent(id), resourceType: type,
            kind: .unmanaged, path: FindingPath.resource(owner), actual: .string(id),
            explanation: why + " (made outside CloudFormation?)")
    }
}
