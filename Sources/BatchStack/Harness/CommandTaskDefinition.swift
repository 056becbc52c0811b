import Template

/// `AWS::ECS::TaskDefinition` for one Fargate container that runs a command and exits (a scheduled job,
/// not a service): the container's `Command` set, roles given by ARN.
public struct CommandTaskDefinition: Resource {
    public static let typeName = "AWS::ECS::TaskDefinition"

    public var family: Str
    public var size: FargateTaskSize
    public var executionRole: Str
    public var taskRole: Str
    public var container: ContainerDefinition
    /// The container's arguments after its entrypoint (`drift --stacks-file ...` for the stackcheck image).
    public var command: [String]

    public init(
        family: Str, size: FargateTaskSize, executionRole: Str, taskRole: Str, container: ContainerDefinition,
        command: [String]
    ) {
        self.family = family
        self.size = size
        self.executionRole = executionRole
        self.taskRole = taskRole
        self.container = container
        self.command = command
    }

    public var properties: Properties {
        var p = Properties()
        p["Family"] = family
        p["Cpu"] = String(size.cpuUnits)
        p["Memory"] = String(size.memoryMiB)
        p["NetworkMode"] = "awsvpc"
        p["RequiresCompatibilities"] = ["FARGATE"]
        p["ExecutionRoleArn"] = executionRole
        p["TaskRoleArn"] = taskRole
        p["ContainerDefinitions"] = [containerNode]
        return p
    }

    /// The container with `Command` right after `Image`, where people look for it.
    var containerNode: Node {
        var entries: [Mapping.Entry] = []
        for entry in container.node.mappingValue?.entries ?? [] {
            entries.append(entry)
            if entry.key == "Image" { entries.append(Mapping.Entry(key: "Command", value: command.node)) }
        }
        return .mapping(Mapping(entries))
    }
}

extension ResourceRef where R == CommandTaskDefinition {
    /// `Ref` of a task definition is its ARN (family:revision).
    public var arn: Str { ref }
}
