/// A role's tags, for drift's `Tags` check (GetRole's answer is not asked for them).
extension IAM {
    /// Every tag of the role (all pages), in IAM's order.
    public func listRoleTags(roleName: String) async throws -> [(key: String, value: String)] {
        try await client.queryPages(Operation.listRoleTags, Self.role(roleName)) { result in
            (result["Tags"]?.members ?? []).map { ($0.string("Key") ?? "", $0.string("Value") ?? "") }
        }
    }
}
