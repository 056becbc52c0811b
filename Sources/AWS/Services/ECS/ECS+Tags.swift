/// Tags of ECS resources that DescribeX does not return (task definitions), for drift's `Tags` check.
extension ECS {
    /// The resource's tags (a task definition, cluster or service ARN), in ECS's order.
    public func listTagsForResource(arn: String) async throws -> [(key: String, value: String)] {
        let output = try await client.json(
            Operation.listTagsForResource, ["resourceArn": .string(arn)], as: TagsForResourceOutput.self)
        return (output.tags ?? []).map { ($0.key ?? "", $0.value ?? "") }
    }

    struct TagsForResourceOutput: Decodable {
        var tags: [Tag]?
    }
}
