import Template

/// One container of a task definition.
public struct ContainerDefinition: TemplateValue {
    public var name: String
    public var image: Str
    /// The arguments after the image's entrypoint, for a container that runs a command and exits.
    public var command: [String] = []
    public var essential: Bool
    public var cpu: Int?
    public var memoryReservationMiB: Int?
    public var portMappings: [PortMapping] = []
    public var environment: [(name: String, value: Str)] = []
    /// Environment variables filled from Secrets Manager at start, by the execution role.
    public var secrets: [(name: String, valueFrom: Str)] = []
    public var logGroup: ResourceRef<LogsLogGroup>
    public var logStreamPrefix: String
    public var healthCheck: ContainerHealthCheck?
    /// Containers that must have started first (`START`).
    public var startsAfter: [String] = []

    public var node: Node {
        let options: Properties = [
            "awslogs-group": logGroup.name, "awslogs-region": Pseudo.region, "awslogs-stream-prefix": logStreamPrefix,
        ]
        // `Command` right after `Image`, where people look for it.
        let p: Properties = [
            "Name": name, "Image": image, "Command": command.nonEmpty, "Essential": essential, "Cpu": cpu,
            "MemoryReservation": memoryReservationMiB, "PortMappings": portMappings.nonEmpty,
            "Environment": environment.map { ["Name": $0.name, "Value": $0.value] as Properties }.nonEmpty,
            "Secrets": secrets.map { ["Name": $0.name, "ValueFrom": $0.valueFrom] as Properties }.nonEmpty,
            "LogConfiguration": ["LogDriver": "awslogs", "Options": options] as Properties, "HealthCheck": healthCheck,
            "DependsOn": startsAfter.map { ["ContainerName": $0, "Condition": "START"] as Properties }.nonEmpty,
        ]
        return p.node
    }
}

public struct PortMapping: TemplateValue {
    public var containerPort: Int
    public var `protocol`: IPProtocol

    public init(_ containerPort: Int, _ protocol: IPProtocol = .tcp) {
        self.containerPort = containerPort
        self.protocol = `protocol`
    }

    public var node: Node {
        (["ContainerPort": containerPort, "Protocol": `protocol`] as Properties).node
    }
}

/// A container health check run by the ECS agent inside the container (`CMD-SHELL`).
public struct ContainerHealthCheck: TemplateValue {
    public var shellCommand: String
    public var intervalSeconds: Int = 30
    public var timeoutSeconds: Int = 5
    public var retries: Int = 3
    public var startPeriodSeconds: Int = 60

    public var node: Node {
        let p: Properties = [
            "Command": ["CMD-SHELL", shellCommand], "Interval": intervalSeconds, "Timeout": timeoutSeconds,
            "Retries": retries, "StartPeriod": startPeriodSeconds,
        ]
        return p.node
    }
}
