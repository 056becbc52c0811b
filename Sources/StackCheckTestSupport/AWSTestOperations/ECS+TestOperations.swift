import AWS

/// Services made beside a stack's own, and the out-of-band changes drift's tests make: cluster settings,
/// task definition revisions, desired counts.
extension ECS {
    /// Sets cluster settings (`containerInsights` -> `enabled`/`disabled`).
    public func updateClusterSettings(cluster: String, settings: [String: String]) async throws -> Cluster {
        let items: [JSONInput] = settings.sorted { $0.key < $1.key }.map {
            .object(["name": .string($0.key), "value": .string($0.value)])
        }
        return try await client.json(
            .testOnly(.ecs, "UpdateClusterSettings"), ["cluster": .string(cluster), "settings": .array(items)],
            as: ClusterAnswer.self
        ).cluster
    }

    /// Registers a one-container revision of `family` (tests make "a newer revision" with it).
    public func registerTaskDefinition(family: String, containerName: String, image: String, memory: Int) async throws
        -> TaskDefinition
    {
        let container: JSONInput = .object([
            "name": .string(containerName), "image": .string(image), "memory": .int(memory), "essential": .bool(true),
        ])
        return try await client.json(
            .testOnly(.ecs, "RegisterTaskDefinition"),
            ["family": .string(family), "containerDefinitions": .array([container])], as: TaskDefinitionAnswer.self
        ).taskDefinition
    }

    public func deregisterTaskDefinition(_ taskDefinition: String) async throws {
        try await client.json(
            .testOnly(.ecs, "DeregisterTaskDefinition"), ["taskDefinition": .string(taskDefinition)])
    }

    /// Creates a service (tests make "a service beside the stack's own" with it).
    public func createService(cluster: String, name: String, taskDefinition: String, desiredCount: Int = 1)
        async throws -> Service
    {
        try await client.json(
            .testOnly(.ecs, "CreateService"),
            [
                "cluster": .string(cluster), "serviceName": .string(name), "taskDefinition": .string(taskDefinition),
                "desiredCount": .int(desiredCount),
            ],
            as: ServiceAnswer.self
        ).service
    }

    /// Changes a service's desired count.
    public func updateService(cluster: String, service: String, desiredCount: Int) async throws -> Service {
        try await updateService(cluster: cluster, service: service, change: ["desiredCount": .int(desiredCount)])
    }

    /// Points a service at another task definition revision.
    public func updateService(cluster: String, service: String, taskDefinition: String) async throws -> Service {
        try await updateService(cluster: cluster, service: service, change: ["taskDefinition": .string(taskDefinition)])
    }

    private func updateService(cluster: String, service: String, change: [String: JSONInput]) async throws -> Service {
        let input = change.merging(["cluster": .string(cluster), "service": .string(service)]) { _, new in new }
        return try await client.json(.testOnly(.ecs, "UpdateService"), input, as: ServiceAnswer.self).service
    }
}

private struct ClusterAnswer: Decodable {
    var cluster: ECS.Cluster
}

private struct TaskDefinitionAnswer: Decodable {
    var taskDefinition: ECS.TaskDefinition
}

private struct ServiceAnswer: Decodable {
    var service: ECS.Service
}
