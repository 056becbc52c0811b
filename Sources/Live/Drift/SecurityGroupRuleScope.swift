import Findings
import Template
import TextBasics

/// Rules on the stack's own security groups that neither the group's template nor one of the stack's
/// `AWS::EC2::SecurityGroupIngress`/`Egress` resources declares: added beside the stack's rules, they are
/// `unmanaged` findings (as a service added in its cluster is), not a change of the group's property.
///
/// Only when every rule the template gives the group is still there: a template rule gone or edited is a
/// change of `SecurityGroupIngress` (both sets shown), and an extra rule then shows in that finding.
/// Rules a stack's separate ingress/egress resource declares are taken out of the group's live value: that
/// resource checks them, and they are not drift of the group.
enum SecurityGroupRuleScope {
    /// The rule fields that identify a rule; descriptions may differ without making it another rule.
    static let identity = [
        "IpProtocol", "FromPort", "ToPort", "CidrIp", "CidrIpv6", "SourceSecurityGroupId", "SourcePrefixListId",
    ]

    static func apply(
        _ observed: [DriftEngine.Observed], template: Node, resolver: IntrinsicResolver, into report: inout DriftReport
    ) -> [DriftEngine.Observed] {
        observed.map { item in
            guard item.target.resourceType == "AWS::EC2::SecurityGroup", case .present = item.live.state else {
                return item
            }
            var item = item
            for (property, separate) in [
                ("SecurityGroupIngress", "AWS::EC2::SecurityGroupIngress"),
                ("SecurityGroupEgress", "AWS::EC2::SecurityGroupEgress"),
            ] {
                var declared: Node?
                if let raw = item.target.properties[property] {
                    // Rules the template gives but that cannot be resolved: the comparison says "not checked".
                    guard let value = resolver.resolve(raw).node else { continue }
                    declared = value
                }
                let own = declared?.listValue ?? []
                let others = separateRules(of: item.target.physicalId, type: separate, template: template, resolver)
                let live = item.live.properties[property]?.listValue ?? []
                guard let split = split(live: live, own: own, separate: others, defaultEgress: property == "SecurityGroupEgress")
                else { continue }
                if declared != nil { item.live.properties[property] = .list(split.kept) }
                report.findings += split.extra.map {
                    finding($0, property: property, type: separate, group: item.target, own: declared != nil)
                }
            }
            return item
        }
    }

    /// The live rules split into those the group's template declares and those nobody declares; nil when a
    /// template rule has no live match (then the property's comparison reports the whole sets).
    static func split(live: [Node], own: [Node], separate: [Node], defaultEgress: Bool)
        -> (kept: [Node], extra: [Node])?
    {
        var unmatched = Array(live.indices)
        var kept: [Node] = []
        for rule in own {
            guard let index = unmatched.firstIndex(where: { same(rule, live[$0]) }) else { return nil }
            kept.append(live[unmatched.remove(at: index)])
        }
        unmatched.removeAll { index in separate.contains { same($0, live[index]) } }
        // A group whose template sets no egress keeps EC2's default allow-all rule; CloudFormation leaves it.
        if defaultEgress && own.isEmpty {
            unmatched.removeAll { index in
                scalar(live[index]["IpProtocol"]) == "-1" && scalar(live[index]["CidrIp"]) == "0.0.0.0/0"
            }
        }
        return (kept, unmatched.map { live[$0] })
    }

    /// A template rule matches a live rule when every identifying field the template sets has the same value.
    static func same(_ declared: Node, _ live: Node) -> Bool {
        identity.allSatisfy { key in
            guard let want = declared[key] ?? declared[key.replacingText("Source", with: "Destination")] else {
                return true
            }
            return scalar(want)?.lowercased() == scalar(live[key])?.lowercased()
        }
    }

    static func scalar(_ node: Node?) -> String? { node.flatMap(ResolverContext.scalarText) }

    /// The resolved properties of the stack's separate rule resources whose `GroupId` is this group.
    static func separateRules(of groupId: String, type: String, template: Node, _ resolver: IntrinsicResolver)
        -> [Node]
    {
        (template["Resources"]?.mappingValue?.entries ?? []).compactMap { entry in
            guard scalar(entry.value["Type"]) == type, let properties = entry.value["Properties"],
                let resolved = resolver.resolve(properties).node, scalar(resolved["GroupId"]) == groupId
            else { return nil }
            return resolved
        }
    }

    static func finding(_ rule: Node, property: String, type: String, group: CheckTarget, own: Bool) -> Finding {
        let fields = identity.compactMap { scalar(rule[$0]) }
        let direction = property == "SecurityGroupIngress" ? "ingress" : "egress"
        return Finding(
            logicalId: ([group.physicalId, direction] + fields).joined(separator: " "), resourceType: type,
            kind: .unmanaged, path: FindingPath.property(group.logicalId, property), actual: rule,
            explanation: "an \(direction) rule (\(fields.joined(separator: " "))) on the stack's security group "
                + "\(group.logicalId) is declared by no resource of the stack (added outside CloudFormation?)"
                + (own ? "" : "; the template leaves the group's \(property) to separate rule resources"))
    }
}
