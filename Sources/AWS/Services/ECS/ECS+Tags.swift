/// Tags of ECS resources that DescribeX does not return (task definitions), for drift's `Tags` check.
extension ECS {
    /// The resource's tags (a task definition, cluster or service ARN), in ECS's order.
    public func listTagsForResource(arn: String) async throws -> [(key: String, value: String)] {
        let output = try await call(
            "ListTagsForResource", ["resourceArn": .string(arn)], as: TagsForResourceOutput.self)
        return (output.tags ?? []).map { ($0.key ?? "", $0.value ?? "") }
    }

    /// Removes tags by key (drift tests make the out-of-band edit "a tag removed").
    public func untagResource(arn: String, keys: [String]) async throws {
        _ = try await call(
            "UntagResource", ["resourceArn": .string(arn), "tagKeys": .strings(keys)], as: EmptyOutput.self)
    }

    struct TagsForResourceOutput: Decodable {
        var tags: [Tag]?
    }
}
