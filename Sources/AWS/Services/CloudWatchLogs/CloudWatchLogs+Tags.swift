/// A log group's tags, for drift's `Tags` check (DescribeLogGroups does not return them).
extension CloudWatchLogs {
    /// Tags of a log group by its ARN without the trailing `:*` (ListTagsForResource, which replaced
    /// ListTagsLogGroup), sorted by key: the API answers a map.
    public func listTagsForResource(arn: String) async throws -> [(key: String, value: String)] {
        let output = try await client.json(
            .cloudWatchLogs, "ListTagsForResource", ["resourceArn": JSONInput.string(Self.taggable(arn))],
            as: TagsOutput.self)
        return (output.tags ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Removes tags by key (drift tests make the out-of-band edit "a tag removed").
    public func untagResource(arn: String, keys: [String]) async throws {
        let input: [String: JSONInput] = ["resourceArn": .string(Self.taggable(arn)), "tagKeys": .strings(keys)]
        _ = try await client.json(.cloudWatchLogs, "UntagResource", input, as: EmptyOutput.self)
    }

    /// `...:log-group:NAME:*` (DescribeLogGroups' `arn`) -> `...:log-group:NAME`, the form the tagging calls take.
    static func taggable(_ arn: String) -> String { arn.hasSuffix(":*") ? String(arn.dropLast(2)) : arn }

    struct TagsOutput: Decodable {
        var tags: [String: String]?
    }
}
