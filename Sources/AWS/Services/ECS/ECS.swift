/// ECS's operations (JSON 1.1), typed.
public struct ECS: Sendable {
    public let client: AWSClient
    /// DescribeServices takes at most this many services per call.
    public static let describeServicesBatch = 10

    public init(client: AWSClient) { self.client = client }

    func call<Output: Decodable>(_ operation: String, _ input: [String: JSONInput], as: Output.Type) async throws
        -> Output
    {
        try await client.json(.ecs, operation, input, as: Output.self)
    }

    /// Clusters by name or ARN, with their settings (Container Insights) included.
    public func describeClusters(_ clusters: [String]) async throws -> (clusters: [Cluster], failures: [Failure]) {
        let output = try await call(
            "DescribeClusters", ["clusters": .strings(clusters), "include": .strings(["SETTINGS", "TAGS"])],
            as: ClustersOutput.self)
        return (output.clusters ?? [], output.failures ?? [])
    }

    /// Every service ARN in the cluster (all pages).
    public func listServices(cluster: String) async throws -> [String] {
        try await collectPages { token in
            var input: [String: JSONInput] = ["cluster": .string(cluster)]
            if let token { input["nextToken"] = .string(token) }
            let output = try await call("ListServices", input, as: ListServicesOutput.self)
            return Page(items: output.serviceArns ?? [], nextToken: output.nextToken)
        }
    }

    /// Services by name or ARN, asked in batches of 10 (the API's limit), in the order given.
    public func describeServices(cluster: String, services: [String]) async throws
        -> (services: [Service], failures: [Failure])
    {
        var found: [Service] = []
        var failures: [Failure] = []
        for start in stride(from: 0, to: services.count, by: Self.describeServicesBatch) {
            let batch = Array(services[start..<min(start + Self.describeServicesBatch, services.count)])
            let output = try await call(
                "DescribeServices", ["cluster": .string(cluster), "services": .strings(batch)],
                as: ServicesOutput.self)
            found += output.services ?? []
            failures += output.failures ?? []
        }
        return (found, failures)
    }

    /// A task definition by `family`, `family:revision` or ARN.
    public func describeTaskDefinition(_ taskDefinition: String) async throws -> TaskDefinition {
        try await call(
            "DescribeTaskDefinition", ["taskDefinition": .string(taskDefinition)], as: TaskDefinitionOutput.self
        ).taskDefinition
    }

    /// Changes a service's desired count (tests use it to make drift).
    public func updateService(cluster: String, service: String, desiredCount: Int) async throws -> Service {
        try await call(
            "UpdateService",
            ["cluster": .string(cluster), "service": .string(service), "desiredCount": .int(desiredCount)],
            as: ServiceOutput.self
        ).service
    }
}

extension AWSClient {
    public var ecs: ECS { ECS(client: self) }
}
