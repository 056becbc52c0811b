// Added by the drift stream: the service fields drift compares that `ECS.Service` does not carry, and
// the out-of-band changes the drift tests make (cluster settings, task definition revisions).
extension ECS {
    /// A service with every field `AWS::ECS::Service` properties map to (`Service` plus the settings
    /// it does not carry), so drift reads each service with one DescribeServices call.
    public struct ServiceDetails: Sendable, Equatable, Codable {
        public var serviceArn: String?
        public var serviceName: String?
        public var clusterArn: String?
        public var status: String?
        public var desiredCount: Int?
        public var launchType: String?
        public var taskDefinition: String?
        public var networkConfiguration: NetworkConfiguration?
        public var loadBalancers: [LoadBalancer]?
        public var healthCheckGracePeriodSeconds: Int?
        public var platformVersion: String?
        public var propagateTags: String?
        public var enableECSManagedTags: Bool?
        public var enableExecuteCommand: Bool?
        public var schedulingStrategy: String?
        public var deploymentConfiguration: DeploymentConfiguration?
        public var placementConstraints: [Placement]?
        public var placementStrategy: [Placement]?
        /// Only with `include: TAGS`, which `describeServiceDetails` asks for.
        public var tags: [Tag]?
    }

    public struct DeploymentConfiguration: Sendable, Equatable, Codable {
        public struct CircuitBreaker: Sendable, Equatable, Codable {
            public var enable: Bool?
            public var rollback: Bool?
        }

        public var deploymentCircuitBreaker: CircuitBreaker?
        public var maximumPercent: Int?
        public var minimumHealthyPercent: Int?
    }

    /// A placement constraint (`type`, `expression`) or strategy (`type`, `field`).
    public struct Placement: Sendable, Equatable, Codable {
        public var type: String?
        public var expression: String?
        public var field: String?
    }

    public struct Tag: Sendable, Equatable, Codable {
        public var key: String?
        public var value: String?
    }

    struct ServiceDetailsOutput: Decodable {
        var services: [ServiceDetails]?
        var failures: [Failure]?
    }

    /// Services (by name or ARN) with all their settings, in batches of 10.
    public func describeServiceDetails(cluster: String, services: [String]) async throws
        -> (services: [ServiceDetails], failures: [Failure])
    {
        var found: [ServiceDetails] = []
        var failures: [Failure] = []
        for start in stride(from: 0, to: services.count, by: Self.describeServicesBatch) {
            let batch = Array(services[start..<min(start + Self.describeServicesBatch, services.count)])
            let output = try await call(
                "DescribeServices",
                ["cluster": .string(cluster), "services": .strings(batch), "include": .strings(["TAGS"])],
                as: ServiceDetailsOutput.self)
            found += output.services ?? []
            failures += output.failures ?? []
        }
        return (found, failures)
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
