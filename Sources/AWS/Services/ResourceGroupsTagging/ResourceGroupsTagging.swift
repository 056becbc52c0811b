extension AWSService {
    public static let resourceGroupsTagging = AWSService(
        serviceId: "Resource Groups Tagging API", endpointPrefix: "tagging")
}

extension ServiceAPI {
    public static let resourceGroupsTagging = ServiceAPI(
        service: .resourceGroupsTagging, wire: .json(targetPrefix: "ResourceGroupsTaggingAPI_20170126"),
        pascalCaseJSON: true)
}

/// The Resource Groups Tagging API (JSON 1.1, PascalCase members): every resource carrying a tag, across services.
public struct ResourceGroupsTagging: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) { self.client = client }

    public struct Mapping: Sendable, Equatable, Decodable {
        public var resourceARN: String?
    }

    struct Output: Decodable {
        var resourceTagMappingList: [Mapping]?
        var paginationToken: String?
    }

    /// The ARNs of every resource tagged `key` = `value` (all pages).
    public func resourceArns(taggedWith key: String, value: String) async throws -> [String] {
        try await collectPages { token in
            var input: [String: JSONInput] = [
                "TagFilters": .array([.object(["Key": .string(key), "Values": .strings([value])])])
            ]
            if let token, !token.isEmpty { input["PaginationToken"] = .string(token) }
            let output = try await client.json(.resourceGroupsTagging, "GetResources", input, as: Output.self)
            let next = output.paginationToken.flatMap { $0.isEmpty ? nil : $0 }
            return Page(items: (output.resourceTagMappingList ?? []).compactMap(\.resourceARN), nextToken: next)
        }
    }
}

extension AWSClient {
    public var resourceGroupsTagging: ResourceGroupsTagging { ResourceGroupsTagging(client: self) }
}
