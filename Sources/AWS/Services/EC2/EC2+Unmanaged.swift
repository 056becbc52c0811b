/// What drift's tests make beside a stack: a tagged security group.
extension EC2 {
    /// Creates a security group with tags; returns its id.
    public func createSecurityGroup(name: String, description: String, vpcId: String, tags: [String: String] = [:])
        async throws -> String
    {
        var query = QueryParameters()
        query.set("GroupName", name)
        query.set("GroupDescription", description)
        query.set("VpcId", vpcId)
        if !tags.isEmpty {
            query.set("TagSpecification.1.ResourceType", "security-group")
            for (index, tag) in tags.sorted(by: { $0.key < $1.key }).enumerated() {
                query.set("TagSpecification.1.Tag.\(index + 1).Key", tag.key)
                query.set("TagSpecification.1.Tag.\(index + 1).Value", tag.value)
            }
        }
        return try await call("CreateSecurityGroup", query).string("groupId") ?? ""
    }
}
