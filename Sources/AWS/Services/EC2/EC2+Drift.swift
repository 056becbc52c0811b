// Added by the drift stream: ingress rules with every source's description (a rule from another
// security group carries its own), which `SecurityGroup.ingress` does not keep.
extension EC2 {
    /// One ingress rule per source, shaped like CloudFormation's `SecurityGroupIngress` items.
    public struct IngressRule: Sendable, Equatable {
        public var ipProtocol: String
        public var fromPort: Int?
        public var toPort: Int?
        public var cidrIp: String?
        public var cidrIpv6: String?
        public var sourceSecurityGroupId: String?
        public var sourcePrefixListId: String?
        public var description: String?
    }

    public struct SecurityGroupRules: Sendable, Equatable {
        public var groupId: String
        public var groupName: String
        public var description: String?
        public var vpcId: String?
        public var ingress: [IngressRule]
        public var egress: [IngressRule]
        public var tags: [String: String]
    }

    /// Security groups by id with their rules split per source; an empty answer means none found.
    public func describeSecurityGroupRules(groupIds: [String]) async throws -> [SecurityGroupRules] {
        var query = QueryParameters()
        query.ec2List("GroupId", groupIds)
        let result = try await call("DescribeSecurityGroups", query)
        return (result["securityGroupInfo"]?.members ?? []).map { group in
            SecurityGroupRules(
                groupId: group.string("groupId") ?? "", groupName: group.string("groupName") ?? "",
                description: group.string("groupDescription"), vpcId: group.string("vpcId"),
                ingress: (group["ipPermissions"]?.members ?? []).flatMap(Self.rules),
                egress: (group["ipPermissionsEgress"]?.members ?? []).flatMap(Self.rules),
                tags: Dictionary(
                    (group["tagSet"]?.members ?? []).map { ($0.string("key") ?? "", $0.string("value") ?? "") },
                    uniquingKeysWith: { _, last in last }))
        }
    }

    static func rules(_ permission: XMLTree) -> [IngressRule] {
        let base = IngressRule(
            ipProtocol: permission.string("ipProtocol") ?? "", fromPort: permission.int("fromPort"),
            toPort: permission.int("toPort"))
        var out: [IngressRule] = []
        for range in permission["ipRanges"]?.members ?? [] {
            var rule = base
            rule.cidrIp = range.string("cidrIp")
            rule.description = range.string("description")
            out.append(rule)
        }
        for range in permission["ipv6Ranges"]?.members ?? [] {
            var rule = base
            rule.cidrIpv6 = range.string("cidrIpv6")
            rule.description = range.string("description")
            out.append(rule)
        }
        for pair in permission["groups"]?.members ?? [] {
            var rule = base
            rule.sourceSecurityGroupId = pair.string("groupId")
            rule.description = pair.string("description")
            out.append(rule)
        }
        for list in permission["prefixListIds"]?.members ?? [] {
            var rule = base
            rule.sourcePrefixListId = list.string("prefixListId")
            rule.description = list.string("description")
            out.append(rule)
        }
        return out
    }
}

extension EC2 {
    /// The names of the region's available zones, as `Fn::GetAZs` returns them.
    public func availabilityZoneNames() async throws -> [String] {
        var query = QueryParameters()
        query.ec2List("Filter.1.Value", ["available"])
        query.set("Filter.1.Name", "state")
        let result = try await call("DescribeAvailabilityZones", query)
        return (result["availabilityZoneInfo"]?.members ?? []).compactMap { $0.string("zoneName") }.sorted()
    }
}
