/// A role's tags, for drift's `Tags` check (GetRole's answer is not asked for them).
extension IAM {
    /// Every tag of the role (all pages), in IAM's order.
    public func listRoleTags(roleName: String) async throws -> [(key: String, value: String)] {
        try await collectPages { marker in
            var query = QueryParameters()
            query.set("RoleName", roleName)
            query.set("Marker", marker)
            let result = try await call("ListRoleTags", query)
            let tags = (result["Tags"]?.members ?? []).map { ($0.string("Key") ?? "", $0.string("Value") ?? "") }
            return Page(items: tags, nextToken: Self.marker(result))
        }
    }

    /// Removes tags by key (drift tests make the out-of-band edit "a tag removed").
    public func untagRole(roleName: String, keys: [String]) async throws {
        var query = QueryParameters()
        query.set("RoleName", roleName)
        query.list("TagKeys", keys)
        _ = try await call("UntagRole", query)
    }
}
