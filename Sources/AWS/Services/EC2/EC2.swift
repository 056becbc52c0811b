/// EC2 (its own flavour of the query protocol: `Name.N` lists, lower-case XML, `<item>` members).
public struct EC2: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) { self.client = client }

    /// Security groups by id (every group when empty); all pages.
    public func describeSecurityGroups(groupIds: [String]) async throws -> [SecurityGroup] {
        var query = QueryParameters()
        query.ec2List("GroupId", groupIds)
        return try await client.queryPages(Operation.describeSecurityGroups, query) {
            $0.list("securityGroupInfo", SecurityGroup.init)
        }
    }

    /// The names of the region's available zones, as `Fn::GetAZs` returns them.
    public func availabilityZoneNames() async throws -> [String] {
        var query = QueryParameters()
        query.ec2List("Filter.1.Value", ["available"])
        query.set("Filter.1.Name", "state")
        let result = try await client.query(Operation.describeAvailabilityZones, query)
        return result.list("availabilityZoneInfo") { $0.string("zoneName") }.compactMap { $0 }.sorted()
    }
}

extension AWSClient {
    public var ec2: EC2 { EC2(client: self) }
}
