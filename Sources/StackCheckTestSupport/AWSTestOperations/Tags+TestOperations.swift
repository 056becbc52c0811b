import AWS

/// Out-of-band "a tag removed" edits that drift's tests make on task definitions, log groups and roles.
extension ECS {
    public func untagResource(arn: String, keys: [String]) async throws {
        try await client.json(
            .testOnly(.ecs, "UntagResource"), ["resourceArn": .string(arn), "tagKeys": .strings(keys)])
    }
}

extension CloudWatchLogs {
    public func untagResource(arn: String, keys: [String]) async throws {
        try await client.json(
            .testOnly(.cloudWatchLogs, "UntagResource"),
            ["resourceArn": .string(Self.taggable(arn)), "tagKeys": .strings(keys)])
    }
}

extension IAM {
    public func untagRole(roleName: String, keys: [String]) async throws {
        var query = QueryParameters(["RoleName": roleName])
        query.list("TagKeys", keys)
        _ = try await client.query(.testOnly(.iam, "UntagRole"), query)
    }
}
