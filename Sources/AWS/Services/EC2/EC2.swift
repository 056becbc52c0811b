/// EC2 (its own flavour of the query protocol: `Name.N` lists, lower-case XML, `<item>` members).
public struct EC2: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) { self.client = client }

    func call(_ action: String, _ parameters: QueryParameters) async throws -> XMLTree {
        try await client.query(.ec2, action, parameters)
    }

    /// Security groups by id (every group when empty); all pages.
    public func describeSecurityGroups(groupIds: [String]) async throws -> [SecurityGroup] {
        try await collectPages { token in
            var query = QueryParameters()
            query.ec2List("GroupId", groupIds)
            query.set("NextToken", token)
            let result = try await call("DescribeSecurityGroups", query)
            return Page(
                items: result["securityGroupInfo"]?.members.map(SecurityGroup.init) ?? [],
                nextToken: result.string("nextToken"))
        }
    }

    public func authorizeSecurityGroupIngress(groupId: String, permissions: [IPPermission]) async throws {
        _ = try await call("AuthorizeSecurityGroupIngress", Self.parameters(groupId, permissions))
    }

    public func revokeSecurityGroupIngress(groupId: String, permissions: [IPPermission]) async throws {
        _ = try await call("RevokeSecurityGroupIngress", Self.parameters(groupId, permissions))
    }

    static func parameters(_ groupId: String, _ permissions: [IPPermission]) -> QueryParameters {
        var query = QueryParameters()
        query.set("GroupId", groupId)
        query.structures("IpPermissions", permissions, member: false) { query, prefix, rule in
            query.set("\(prefix).IpProtocol", rule.ipProtocol)
            query.set("\(prefix).FromPort", rule.fromPort)
            query.set("\(prefix).ToPort", rule.toPort)
            query.structures("\(prefix).IpRanges", rule.ipRanges, member: false) { query, prefix, range in
                query.set("\(prefix).CidrIp", range.cidr)
                query.set("\(prefix).Description", range.description)
            }
            query.structures("\(prefix).Ipv6Ranges", rule.ipv6Ranges, member: false) { query, prefix, cidr in
                query.set("\(prefix).CidrIpv6", cidr)
            }
            query.structures("\(prefix).Groups", rule.sourceGroupIds, member: false) { query, prefix, group in
                query.set("\(prefix).GroupId", group)
            }
        }
        return query
    }
}

extension AWSClient {
    public var ec2: EC2 { EC2(client: self) }
}
