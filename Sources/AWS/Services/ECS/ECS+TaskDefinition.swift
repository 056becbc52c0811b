extension ECS {
    public struct TaskDefinition: Sendable, Equatable, Codable {
        public var taskDefinitionArn: String?
        public var family: String?
        public var revision: Int?
        public var status: String?
        /// Task-level CPU and memory are strings in the API (`"256"`, `"0.25 vCPU"`).
        public var cpu: String?
        public var memory: String?
        public var networkMode: String?
        public var requiresCompatibilities: [String]?
        public var taskRoleArn: String?
        public var executionRoleArn: String?
        public var containerDefinitions: [ContainerDefinition]?
    }

    public struct ContainerDefinition: Sendable, Equatable, Codable {
        public var name: String?
        public var image: String?
        public var cpu: Int?
        public var memory: Int?
        public var memoryReservation: Int?
        public var essential: Bool?
        public var command: [String]?
        public var entryPoint: [String]?
        public var portMappings: [PortMapping]?
        public var logConfiguration: LogConfiguration?
        public var healthCheck: HealthCheck?
        public var secrets: [Secret]?
        public var environment: [NameValue]?
        public var dependsOn: [ContainerDependency]?
    }

    public struct PortMapping: Sendable, Equatable, Codable {
        public var containerPort: Int?
        public var hostPort: Int?
        public var `protocol`: String?
    }

    public struct LogConfiguration: Sendable, Equatable, Codable {
        public var logDriver: String?
        public var options: [String: String]?
    }

    public struct HealthCheck: Sendable, Equatable, Codable {
        public var command: [String]?
        public var interval: Int?
        public var timeout: Int?
        public var retries: Int?
        public var startPeriod: Int?
    }

    public struct Secret: Sendable, Equatable, Codable {
        public var name: String?
        public var valueFrom: String?
    }

    public struct ContainerDependency: Sendable, Equatable, Codable {
        public var containerName: String?
        /// `START`, `COMPLETE`, `SUCCESS`, `HEALTHY`.
        public var condition: String?
    }

    struct TaskDefinitionOutput: Decodable {
        var taskDefinition: TaskDefinition
    }
}
