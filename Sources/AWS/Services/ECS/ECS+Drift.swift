// Added by the drift stream: the service fields drift compares that `ECS.Service` does not carry, and
// the cluster-settings change the drift tests make out of band.
extension ECS {
    /// A service's settings beyond `Service`: what `AWS::ECS::Service` properties map to.
    public struct ServiceSettings: Sendable, Equatable, Codable {
        public var serviceArn: String?
        public var healthCheckGracePeriodSeconds: Int?
        public var platformVersion: String?
        public var propagateTags: String?
        public var enableECSManagedTags: Bool?
        public var enableExecuteCommand: Bool?
        public var schedulingStrategy: String?
    }

    struct ServiceSettingsOutput: Decodable {
        var services: [ServiceSettings]?
    }

    /// The settings of services (by name or ARN), in batches of 10.
    public func describeServiceSettings(cluster: String, services: [String]) async throws -> [ServiceSettings] {
        var found: [ServiceSettings] = []
        for start in stride(from: 0, to: services.count, by: Self.describeServicesBatch) {
            let batch = Array(services[start..<min(start + Self.describeServicesBatch, services.count)])
            found += try await call(
                "DescribeServices", ["cluster": .string(cluster), "services": .strings(batch)],
                as: ServiceSettingsOutput.self
            ).services ?? []
        }
        return found
    }

    struct ClusterOutput: Decodable {
        var cluster: Cluster
    }

    /// Sets cluster settings (`containerInsights` -> `enabled`/`disabled`).
    public func updateClusterSettings(cluster: String, settings: [String: String]) async throws -> Cluster {
        let items: [JSONInput] = settings.sorted { $0.key < $1.key }.map {
            .object(["name": .string($0.key), "value": .string($0.value)])
        }
        return try await call(
            "UpdateClusterSettings", ["cluster": .string(cluster), "settings": .array(items)], as: ClusterOutput.self
        ).cluster
    }

    /// Registers a one-container revision of `family` (tests make "a newer revision" with it).
    public func registerTaskDefinition(family: String, containerName: String, image: String, memory: Int) async throws
        -> TaskDefinition
    {
        let container: JSONInput = .object([
            "name": .string(containerName), "image": .string(image), "memory": .int(memory), "essential": .bool(true),
        ])
        return try await call(
            "RegisterTaskDefinition", ["family": .string(family), "containerDefinitions": .array([container])],
            as: TaskDefinitionOutput.self
        ).taskDefinition
    }

    public func deregisterTaskDefinition(_ taskDefinition: String) async throws {
        _ = try await call(
            "DeregisterTaskDefinition", ["taskDefinition": .string(taskDefinition)], as: TaskDefinitionOutput.self)
    }

    /// Points a service at another task definition revision.
    public func updateService(cluster: String, service: String, taskDefinition: String) async throws -> Service {
        try await call(
            "UpdateService",
            ["cluster": .string(cluster), "service": .string(service), "taskDefinition": .string(taskDefinition)],
            as: ServiceOutput.self
        ).service
    }
}
