/// ECS's operations (JSON 1.1), typed.
public struct ECS: Sendable {
    public let client: AWSClient
    /// DescribeServices takes at most this many services per call.
    public static let describeServicesBatch = 10

    public init(client: AWSClient) { self.client = client }

    /// Clusters by name or ARN, with their settings (Container Insights) included.
    public func describeClusters(_ clusters: [String]) async throws -> (clusters: [Cluster], failures: [Failure]) {
        let output = try await client.json(
            Operation.describeClusters, ["clusters": .strings(clusters), "include": .strings(["SETTINGS", "TAGS"])],
            as: ClustersOutput.self)
        return (output.clusters ?? [], output.failures ?? [])
    }

    /// Every service ARN in the cluster (all pages).
    public func listServices(cluster: String) async throws -> [String] {
        try await client.jsonPages(
            Operation.listServices, ["cluster": .string(cluster)], list: "serviceArns", of: String.self)
    }

    /// Services by name or ARN, asked in batches of 10 (the API's limit), in the order given; with their
    /// tags when `tags` (drift compares them; the probes need not).
    public func describeServices(cluster: String, services: [String], tags: Bool = false) async throws
        -> (services: [Service], failures: [Failure])
    {
        var failures: [Failure] = []
        let found = try await inBatches(of: Self.describeServicesBatch, services) { batch in
            var input: [String: JSONInput] = ["cluster": .string(cluster), "services": .strings(batch)]
            if tags { input["include"] = .strings(["TAGS"]) }
            let output = try await client.json(Operation.describeServices, input, as: ServicesOutput.self)
            failures += output.failures ?? []
            return output.services ?? []
        }
        return (found, failures)
    }

    /// A task definition by `family`, `family:revision` or ARN.
    public func describeTaskDefinition(_ taskDefinition: String) async throws -> TaskDefinition {
        try await client.json(
            Operation.describeTaskDefinition, ["taskDefinition": .string(taskDefinition)], as: TaskDefinitionOutput.self
        ).taskDefinition
    }
}

extension AWSClient {
    public var ecs: ECS { ECS(client: self) }
}
