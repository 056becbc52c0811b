/// `AWS::ECS::TaskDefinition` for one Fargate container that runs a command and exits (a scheduled job,
/// not a service): the container's `command` set, roles given by ARN.
public struct CommandTaskDefinition: Resource {
    public static let typeName = "AWS::ECS::TaskDefinition"

    public var family: Str
    public var size: FargateTaskSize
    public var executionRole: Str
    public var taskRole: Str
    public var container: ContainerDefinition

    public init(family: Str, size: FargateTaskSize, executionRole: Str, taskRole: Str, container: ContainerDefinition) {
        self.family = family
        self.size = size
        self.executionRole = executionRole
        self.taskRole = taskRole
        self.container = container
    }

    public var properties: Properties {
        ECSTaskDefinition.fargateProperties(
            family: family, size: size, executionRole: executionRole, taskRole: taskRole, containers: [container])
    }
}

extension ResourceRef where R == CommandTaskDefinition {
    /// `Ref` of a task definition is its ARN (family:revision).
    public var arn: Str { ref }
}
