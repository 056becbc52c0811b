/// What drift's unmanaged check and its tests need beyond the describe calls.
extension ECS {
    /// Creates a service (tests make "a service beside the stack's own" with it).
    public func createService(cluster: String, name: String, taskDefinition: String, desiredCount: Int = 1)
        async throws -> Service
    {
        try await call(
            "CreateService",
            [
                "cluster": .string(cluster), "serviceName": .string(name), "taskDefinition": .string(taskDefinition),
                "desiredCount": .int(desiredCount),
            ],
            as: ServiceOutput.self
        ).service
    }
}
