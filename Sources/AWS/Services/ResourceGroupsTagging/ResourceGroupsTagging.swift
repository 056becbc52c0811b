/// The Resource Groups Tagging API (JSON 1.1, PascalCase members): every resource carrying a tag, across services.
public struct ResourceGroupsTagging: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) { self.client = client }

    struct Mapping: Decodable {
        var resourceARN: String?
    }

    /// The ARNs of every resource tagged `key` = `value` (all pages).
    public func resourceArns(taggedWith key: String, value: String) async throws -> [String] {
        let filter: JSONInput = .object(["Key": .string(key), "Values": .strings([value])])
        return try await client.jsonPages(
            Operation.getResources, ["TagFilters": .array([filter])], list: "resourceTagMappingList", of: Mapping.self
        ).compactMap(\.resourceARN)
    }
}

extension AWSClient {
    public var resourceGroupsTagging: ResourceGroupsTagging { ResourceGroupsTagging(client: self) }
}
