import AWS
import Template
import TemplateDiff

/// `AWS::EC2::SecurityGroup`: DescribeSecurityGroups by id. Ingress rules are a set, one item per
/// source as the template writes them; a rule only the live group has is drift.
struct SecurityGroupChecker: ResourceChecker {
    let resourceType = "AWS::EC2::SecurityGroup"
    let operations = EC2.Operation.list(.describeSecurityGroups)
    let serviceName = "EC2"
    var comparisonRules: [NormalizationRule] {
        [.set(at: "/Properties/SecurityGroupIngress", "/Properties/SecurityGroupEgress"), .tags(at: "/Properties/Tags")]
    }

    /// A security group in a VPC has its id as physical id.
    func attributes(physicalId: String, pseudo: PseudoParameters) -> [String: Node] {
        physicalId.hasPrefix("sg-") ? ["GroupId": .string(physicalId)] : [:]
    }

    func observe(_ target: CheckTarget, client: AWSClient) async throws -> LiveResource {
        guard
            let group = try await LiveResource.only(
                missing: .securityGroupNotFound,
                { try await client.ec2.describeSecurityGroups(groupIds: [target.physicalId]) })
        else { return .deleted("EC2 has no security group \(target.physicalId)") }
        var shape = Shape([
            "GroupDescription": group.description, "GroupName": group.groupName, "VpcId": group.vpcId,
            "SecurityGroupIngress": group.ingress.flatMap(\.rules).map(Self.rule),
            "SecurityGroupEgress": group.egress.flatMap(\.rules).map(Self.rule),
        ])
        shape.set(
            "Tags",
            shapes: group.tags.sorted { $0.key < $1.key }.map { tag in
                Shape(["Key": tag.key, "Value": tag.value])
            })
        var live = LiveResource(properties: shape.mapping)
        live.attributes["GroupId"] = .string(group.groupId)
        if let vpc = group.vpcId { live.attributes["VpcId"] = .string(vpc) }
        return live
    }

    static func rule(_ rule: EC2.Rule) -> Shape {
        // All protocols (-1) carry no ports; CloudFormation writes them as -1 if at all.
        let allPorts: Int? = rule.ipProtocol == "-1" ? -1 : nil
        return Shape([
            "IpProtocol": rule.ipProtocol, "FromPort": rule.fromPort ?? allPorts, "ToPort": rule.toPort ?? allPorts,
            "CidrIp": rule.cidrIp, "CidrIpv6": rule.cidrIpv6, "SourceSecurityGroupId": rule.sourceSecurityGroupId,
            "SourcePrefixListId": rule.sourcePrefixListId, "Description": rule.description,
        ])
    }
}
