/// A log group's tags, for drift's `Tags` check (DescribeLogGroups does not return them).
extension CloudWatchLogs {
    /// Tags of a log group by its ARN without the trailing `:*` (ListTagsForResource, which replaced
    /// ListTagsLogGroup), sorted by key: the API answers a map.
    public func listTagsForResource(arn: String) async throws -> [(key: String, value: String)] {
        let output = try await client.json(
            Operation.listTagsForResource, ["resourceArn": .string(Self.taggable(arn))], as: TagsOutput.self)
        return (output.tags ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// `...:log-group:NAME:*` (DescribeLogGroups' `arn`) -> `...:log-group:NAME`, the form the tagging calls take.
    public static func taggable(_ arn: String) -> String { arn.hasSuffix(":*") ? String(arn.dropLast(2)) : arn }

    struct TagsOutput: Decodable {
        var tags: [String: String]?
    }
}
