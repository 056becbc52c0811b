import AWS

/// `target-health:<target group>`: each of the stack's target groups has as many healthy targets as
/// the services behind it want (no registered target is a failure).
struct TargetHealthProbe: Probe {
    let pattern = "target-health:<target group>"
    let summary = "each target group has as many healthy targets as its services want; none registered fails"
    let operations = ELBv2.Operation.list(.describeTargetHealth)

    func evaluate(_ context: ProbeContext) async throws -> [ProbeResult] {
        let groups = context.resources(ofType: "AWS::ElasticLoadBalancingV2::TargetGroup").compactMap(\.physicalId)
        guard !groups.isEmpty else { return [] }
        let services = await context.services.services()
        let elbv2 = context.client.elbv2
        return try await withThrowingTaskGroup(of: (Int, ProbeResult).self) { group in
            for (index, arn) in groups.enumerated() {
                let users = services.filter { ($0.loadBalancers ?? []).contains { $0.targetGroupArn == arn } }
                let wanted = max(1, users.reduce(0) { $0 + ($1.desiredCount ?? 0) })
                group.addTask {
                    let check = "\(name):\(Self.targetGroupName(arn))"
                    do {
                        let targets = try await elbv2.describeTargetHealth(targetGroupArn: arn)
                        return (index, (check, RuntimeChecks.targetHealth(targets, wanted: wanted)))
                    } catch let error as AWSError {
                        return (index, (check, try ProbeContext.unknown(error)))
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    /// `arn:...:targetgroup/NAME/0123abcd` -> `NAME`.
    static func targetGroupName(_ arn: String) -> String {
        let parts = arn.split(separator: "/")
        return parts.count >= 3 ? String(parts[parts.count - 2]) : arn
    }
}
