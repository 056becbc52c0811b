import AWS
import Template
import TemplateDiff

/// `AWS::ECS::TaskDefinition`: the stack's own revision (its physical id), from DescribeTaskDefinition.
/// A newer revision registered beside it is not drift of this resource; a service moved to it is
/// drift of the service's `TaskDefinition`.
struct ECSTaskDefinitionChecker: ResourceChecker {
    let resourceType = "AWS::ECS::TaskDefinition"
    let operations = ECS.Operation.list(.describeTaskDefinition, .listTagsForResource)
    let serviceName = "ECS"

    let readsWhenSet: [String: AWSOperation] = ["Tags": ECS.Operation.listTagsForResource.operation]
    var comparisonRules: [NormalizationRule] {
        [
            .set(at: "/Properties/RequiresCompatibilities", "/Properties/ContainerDefinitions/*/PortMappings"),
            .keyed(
                by: "Name", at: "/Properties/ContainerDefinitions", "/Properties/ContainerDefinitions/*/Environment",
                "/Properties/ContainerDefinitions/*/Secrets"),
            .keyed(by: "Key", at: "/Properties/Tags"),
        ]
    }

    /// The container fields the ECS model reads; a template container with others is not checked.
    static let containerFields: Set<String> = [
        "Name", "Image", "Cpu", "Memory", "MemoryReservation", "Essential", "Command", "EntryPoint", "PortMappings",
        "LogConfiguration", "HealthCheck", "Secrets", "Environment", "DependsOn",
    ]

    func observe(_ target: CheckTarget, client: AWSClient) async throws -> LiveResource {
        let definition: ECS.TaskDefinition
        do {
            definition = try await client.ecs.describeTaskDefinition(target.physicalId)
        } catch let error as AWSError where error.kind == .service && error.code == .clientException {
            return .deleted("ECS has no task definition \(target.physicalId): \(error.message)")
        }
        if definition.status == "INACTIVE" {
            return .deleted("task definition \(target.physicalId) is INACTIVE (deregistered)")
        }
        var live = LiveResource(properties: Self.shape(definition))
        let unknown = (target.properties["ContainerDefinitions"]?.listValue ?? [])
            .flatMap { $0.mappingValue?.keys ?? [] }.filter { !Self.containerFields.contains($0) }
        if let field = unknown.first {
            live.unreadable["ContainerDefinitions"] = "container field \(field) is not read by stackcheck"
        }
        try await live.readKeyValues("Tags", of: target) {
            try await client.ecs.listTagsForResource(arn: definition.taskDefinitionArn ?? target.physicalId)
        }
        live.notRead(
            [
                "Volumes", "PlacementConstraints", "ProxyConfiguration", "RuntimePlatform",
                "EphemeralStorage", "InferenceAccelerators", "IpcMode", "PidMode",
            ], from: "DescribeTaskDefinition")
        return live
    }

    /// A revision shaped like the template's `Properties`.
    static func shape(_ definition: ECS.TaskDefinition) -> Mapping {
        let shape = Shape([
            "Family": definition.family, "Cpu": definition.cpu, "Memory": definition.memory,
            "NetworkMode": definition.networkMode, "RequiresCompatibilities": definition.requiresCompatibilities,
            "TaskRoleArn": definition.taskRoleArn, "ExecutionRoleArn": definition.executionRoleArn,
            "ContainerDefinitions": definition.containerDefinitions?.map(Self.container),
        ])
        return shape.mapping
    }

    static func container(_ container: ECS.ContainerDefinition) -> Shape {
        var shape = Shape([
            "Name": container.name, "Image": container.image, "Cpu": container.cpu, "Memory": container.memory,
            "MemoryReservation": container.memoryReservation, "Essential": container.essential,
            "Command": container.command, "EntryPoint": container.entryPoint,
        ])
        shape.set(
            "PortMappings",
            shapes: container.portMappings?.map { mapping in
                Shape([
                    "ContainerPort": mapping.containerPort, "HostPort": mapping.hostPort, "Protocol": mapping.protocol,
                ])
            })
        if let logging = container.logConfiguration {
            var item = Shape()
            item.set("LogDriver", logging.logDriver)
            // Option keys are the log driver's own (`awslogs-group`), kept as they are.
            item["Options"] = .mapping(
                Mapping(
                    (logging.options ?? [:]).sorted { $0.key < $1.key }.map {
                        Mapping.Entry(key: $0.key, value: .string($0.value))
                    }))
            shape.set("LogConfiguration", item)
        }
        if let check = container.healthCheck {
            let item = Shape([
                "Command": check.command, "Interval": check.interval, "Timeout": check.timeout,
                "Retries": check.retries, "StartPeriod": check.startPeriod,
            ])
            shape.set("HealthCheck", item)
        }
        shape.set("Secrets", shapes: container.secrets?.map { pair("Name", $0.name, "ValueFrom", $0.valueFrom) })
        shape.set("Environment", shapes: container.environment?.map { pair("Name", $0.name, "Value", $0.value) })
        shape.set(
            "DependsOn",
            shapes: container.dependsOn?.map {
                pair("ContainerName", $0.containerName, "Condition", $0.condition)
            })
        return shape
    }

    static func pair(_ k1: String, _ v1: String?, _ k2: String, _ v2: String?) -> Shape {
        var item = Shape()
        item.set(k1, v1)
        item.set(k2, v2)
        return item
    }
}
