// Added by the drift stream: the out-of-band role changes the drift tests make.
extension IAM {
    /// Creates or replaces an inline policy of a role; `document` is the policy JSON.
    public func putRolePolicy(roleName: String, policyName: String, document: String) async throws {
        var query = QueryParameters()
        query.set("RoleName", roleName)
        query.set("PolicyName", policyName)
        query.set("PolicyDocument", document)
        _ = try await call("PutRolePolicy", query)
    }

    public func detachRolePolicy(roleName: String, policyArn: String) async throws {
        var query = QueryParameters()
        query.set("RoleName", roleName)
        query.set("PolicyArn", policyArn)
        _ = try await call("DetachRolePolicy", query)
    }
}
