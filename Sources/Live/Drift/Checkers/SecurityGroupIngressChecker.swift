import AWS
import Template

/// `AWS::EC2::SecurityGroupIngress`: one rule of a group; present when the group has a rule with
/// exactly the template's protocol, ports and source.
struct SecurityGroupIngressChecker: ResourceChecker {
    let resourceType = "AWS::EC2::SecurityGroupIngress"
    let operations = EC2.Operation.list(.describeSecurityGroups)
    let serviceName = "EC2"

    func observe(_ target: CheckTarget, client: AWSClient) async throws -> LiveResource {
        guard let groupId = target.string("GroupId") else {
            return LiveResource(unreadable: [
                "GroupId": "the rule's group id cannot be resolved (GroupName-only rules are not read)"
            ])
        }
        guard let group = try await client.ec2.describeSecurityGroups(groupIds: [groupId]).first else {
            return .deleted("EC2 has no security group \(groupId) for this rule")
        }
        let wanted = [
            "IpProtocol", "FromPort", "ToPort", "CidrIp", "CidrIpv6", "SourceSecurityGroupId", "SourcePrefixListId",
        ]
        let expected = wanted.compactMap { key in target.string(key).map { (key, $0) } }
        let match = group.ingress.flatMap(\.rules).map(SecurityGroupChecker.rule).first { rule in
            expected.allSatisfy { key, value in rule[key].flatMap(ResolverContext.scalarText) == value }
        }
        guard let match else { return .deleted("security group \(groupId) has no such ingress rule") }
        var shape = match
        shape.set("GroupId", groupId)
        return LiveResource(properties: shape.mapping)
    }
}
