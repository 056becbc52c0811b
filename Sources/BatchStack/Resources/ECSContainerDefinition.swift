import Template

/// One container of a task definition.
public struct ContainerDefinition: TemplateValue {
    public var name: String
    public var image: Str
    public var essential: Bool
    public var cpu: Int?
    public var memoryReservationMiB: Int?
    public var portMappings: [PortMapping]
    public var environment: [(name: String, value: Str)]
    /// Environment variables filled from Secrets Manager at start, by the execution role.
    public var secrets: [(name: String, valueFrom: Str)]
    public var logGroup: ResourceRef<LogsLogGroup>
    public var logStreamPrefix: String
    public var healthCheck: ContainerHealthCheck?
    /// Containers that must have started first (`START`).
    public var startsAfter: [String]

    public init(
        name: String, image: Str, essential: Bool, cpu: Int? = nil, memoryReservationMiB: Int? = nil,
        portMappings: [PortMapping] = [], environment: [(name: String, value: Str)] = [],
        secrets: [(name: String, valueFrom: Str)] = [], logGroup: ResourceRef<LogsLogGroup>, logStreamPrefix: String,
        healthCheck: ContainerHealthCheck? = nil, startsAfter: [String] = []
    ) {
        self.name = name
        self.image = image
        self.essential = essential
        self.cpu = cpu
        self.memoryReservationMiB = memoryReservationMiB
        self.portMappings = portMappings
        self.environment = environment
        self.secrets = secrets
        self.logGroup = logGroup
        self.logStreamPrefix = logStreamPrefix
        self.healthCheck = healthCheck
        self.startsAfter = startsAfter
    }

    public var node: Node {
        var p = Properties()
        p["Name"] = name
        p["Image"] = image
        p["Essential"] = essential
        p["Cpu"] = cpu
        p["MemoryReservation"] = memoryReservationMiB
        if !portMappings.isEmpty { p["PortMappings"] = portMappings }
        if !environment.isEmpty { p["Environment"] = environment.map { pair("Name", $0.name, "Value", $0.value) } }
        if !secrets.isEmpty { p["Secrets"] = secrets.map { pair("Name", $0.name, "ValueFrom", $0.valueFrom) } }
        var options = Properties()
        options["awslogs-group"] = logGroup.name
        options["awslogs-region"] = Pseudo.region
        options["awslogs-stream-prefix"] = logStreamPrefix
        var logging = Properties()
        logging["LogDriver"] = "awslogs"
        logging["Options"] = options
        p["LogConfiguration"] = logging
        p["HealthCheck"] = healthCheck
        if !startsAfter.isEmpty {
            p["DependsOn"] = startsAfter.map { pair("ContainerName", $0, "Condition", "START") }
        }
        return p.node
    }

    private func pair(_ k1: String, _ v1: String, _ k2: String, _ v2: Str) -> Properties {
        var p = Properties()
        p[k1] = v1
        p[k2] = v2
        return p
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
        var p = Properties()
        p["ContainerPort"] = containerPort
        p["Protocol"] = `protocol`
        return p.node
    }
}

/// A container health check run by the ECS agent inside the container (`CMD-SHELL`).
public struct ContainerHealthCheck: TemplateValue {
    public var shellCommand: String
    public var intervalSeconds: Int
    public var timeoutSeconds: Int
    public var retries: Int
    public var startPeriodSeconds: Int

    public init(
        shellCommand: String, intervalSeconds: Int = 30, timeoutSeconds: Int = 5, retries: Int = 3,
        startPeriodSeconds: Int = 60
    ) {
        self.shellCommand = shellCommand
        self.intervalSeconds = intervalSeconds
        self.timeoutSeconds = timeoutSeconds
        self.retries = retries
        self.startPeriodSeconds = startPeriodSeconds
    }

    public var node: Node {
        var p = Properties()
        p["Command"] = ["CMD-SHELL", shellCommand]
        p["Interval"] = intervalSeconds
        p["Timeout"] = timeoutSeconds
        p["Retries"] = retries
        p["StartPeriod"] = startPeriodSeconds
        return p.node
    }
}
