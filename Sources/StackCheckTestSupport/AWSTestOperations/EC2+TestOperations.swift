import AWS

/// Security groups made beside a stack, and rules opened or closed out of band.
extension EC2 {
    /// Creates a security group with tags; returns its id.
    public func createSecurityGroup(name: String, description: String, vpcId: String, tags: [String: String] = [:])
        async throws -> String
    {
        var query = QueryParameters(["GroupName": name, "GroupDescription": description, "VpcId": vpcId])
        if !tags.isEmpty {
            query.set("TagSpecification.1.ResourceType", "security-group")
            query.structures("TagSpecification.1.Tag", tags.sorted { $0.key < $1.key }, member: false) {
                query, prefix, tag in
                query.set("\(prefix).Key", tag.key)
                query.set("\(prefix).Value", tag.value)
            }
        }
        return try await client.query(.testOnly(.ec2, "CreateSecurityGroup"), query).string("groupId") ?? ""
    }

    public func authorizeSecurityGroupIngress(groupId: String, permissions: [IPPermission]) async throws {
        _ = try await client.query(
            .testOnly(.ec2, "AuthorizeSecurityGroupIngress"), Self.parameters(groupId, permissions))
    }

    public func revokeSecurityGroupIngress(groupId: String, permissions: [IPPermission]) async throws {
        _ = try await client.query(.testOnly(.ec2, "RevokeSecurityGroupIngress"), Self.parameters(groupId, permissions))
    }

    static func parameters(_ groupId: String, _ permissions: [IPPermission]) -> QueryParameters {
        var query = QueryParameters(["GroupId": groupId])
        query.structures("IpPermissions", permissions, member: false) { query, prefix, rule in
            query.set("\(prefix).IpProtocol", rule.ipProtocol)
            query.set("\(prefix).FromPort", rule.fromPort)
            query.set("\(prefix).ToPort", rule.toPort)
            for (list, field, sources) in [
                ("IpRanges", "CidrIp", rule.ipRanges), ("Ipv6Ranges", "CidrIpv6", rule.ipv6Ranges),
                ("Groups", "GroupId", rule.sourceGroups), ("PrefixListIds", "PrefixListId", rule.prefixLists),
            ] {
                query.structures("\(prefix).\(list)", sources, member: false) { query, prefix, source in
                    query.set("\(prefix).\(field)", source.id)
                    query.set("\(prefix).Description", source.description)
                }
            }
        }
        return query
    }
}
