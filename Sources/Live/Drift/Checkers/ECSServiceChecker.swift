import AWS
import Template
import TemplateDiff

/// `AWS::ECS::Service`: from DescribeServices. A desired count its scalable target moved within bounds
/// is settled by the engine (`DesiredCountRule`), which sees the scalable targets too.
struct ECSServiceChecker: ResourceChecker {
    let resourceType = "AWS::ECS::Service"
    let operations = ECS.Operation.list(.describeServices)
    let serviceName = "ECS"
    var comparisonRules: [NormalizationRule] {
        [
            .set(
                at: "/Properties/NetworkConfiguration/AwsvpcConfiguration/Subnets",
                "/Properties/NetworkConfiguration/AwsvpcConfiguration/SecurityGroups", "/Properties/LoadBalancers"),
            .keyed(by: "Key", at: "/Properties/Tags"),
        ]
    }

    func attributes(physicalId: String, pseudo: PseudoParameters) -> [String: Node] {
        ARN.isARN(physicalId)
            ? ["Name": .string(ARN.lastComponent(physicalId)), "ServiceArn": .string(physicalId)] : [:]
    }

    /// The cluster: the template's, else the one in a long-format service ARN (`service/cluster/name`).
    static func cluster(_ target: CheckTarget) -> String? {
        if let cluster = target.string("Cluster") { return cluster }
        guard let path = ARN(target.physicalId)?.resourcePath, path.count == 2 else { return nil }
        return path[0]
    }

    func observe(_ target: CheckTarget, client: AWSClient) async throws -> LiveResource {
        let cluster = Self.cluster(target) ?? "default"
        let answer = try await client.ecs.describeServices(cluster: cluster, services: [target.physicalId], tags: true)
        guard let service = answer.services.first, service.status == "ACTIVE" else {
            let reason = answer.failures.first?.reason ?? answer.services.first?.status ?? "MISSING"
            return .deleted("ECS has no active service \(target.physicalId) in cluster \(cluster) (\(reason))")
        }
        var shape = Shape()
        shape.set("ServiceName", service.serviceName)
        // The template names the cluster or gives its ARN; the service reports the ARN.
        let expectedCluster = target.string("Cluster") ?? ""
        shape.set(
            "Cluster", ARN.isARN(expectedCluster) ? service.clusterArn : service.clusterArn.map(ARN.lastComponent))
        shape.set("TaskDefinition", service.taskDefinition)
        shape.set("DesiredCount", service.desiredCount)
        shape.set("LaunchType", service.launchType)
        if let vpc = service.networkConfiguration?.awsvpcConfiguration {
            let inner = Shape([
                "AssignPublicIp": vpc.assignPublicIp, "SecurityGroups": vpc.securityGroups, "Subnets": vpc.subnets,
            ])
            shape.set("NetworkConfiguration", Shape(["AwsvpcConfiguration": inner]))
        }
        shape.set(
            "LoadBalancers",
            shapes: (service.loadBalancers ?? []).map { balancer in
                Shape([
                    "ContainerName": balancer.containerName, "ContainerPort": balancer.containerPort,
                    "TargetGroupArn": balancer.targetGroupArn, "LoadBalancerName": balancer.loadBalancerName,
                ])
            })
        shape.set("HealthCheckGracePeriodSeconds", service.healthCheckGracePeriodSeconds)
        shape.set("PlatformVersion", service.platformVersion)
        shape.set("PropagateTags", service.propagateTags)
        shape.set("EnableECSManagedTags", service.enableECSManagedTags)
        shape.set("EnableExecuteCommand", service.enableExecuteCommand)
        shape.set("SchedulingStrategy", service.schedulingStrategy)
        Self.shapeDeployment(service, into: &shape)
        var live = LiveResource(properties: shape.mapping)
        live.properties["Tags"] = KeyValueProperties.live(
            (service.tags ?? []).map { ($0.key ?? "", $0.value ?? "") }, for: "Tags", in: target)
        if let name = service.serviceName { live.attributes["Name"] = .string(name) }
        if let arn = service.serviceArn { live.attributes["ServiceArn"] = .string(arn) }
        live.notRead(
            [
                "CapacityProviderStrategy", "ServiceRegistries", "ServiceConnectConfiguration",
                "DeploymentController", "Role", "VolumeConfigurations",
            ], from: "DescribeServices")
        return live
    }

    /// DeploymentConfiguration, PlacementConstraints and PlacementStrategies as the template writes them.
    static func shapeDeployment(_ service: ECS.Service, into shape: inout Shape) {
        if let config = service.deploymentConfiguration {
            var item = Shape([
                "MaximumPercent": config.maximumPercent, "MinimumHealthyPercent": config.minimumHealthyPercent,
            ])
            if let breaker = config.deploymentCircuitBreaker {
                item.set("DeploymentCircuitBreaker", Shape(["Enable": breaker.enable, "Rollback": breaker.rollback]))
            }
            shape.set("DeploymentConfiguration", item)
        }
        shape.set(
            "PlacementConstraints",
            shapes: (service.placementConstraints ?? []).map {
                ECSTaskDefinitionChecker.pair("Type", $0.type, "Expression", $0.expression)
            })
        shape.set(
            "PlacementStrategies",
            shapes: (service.placementStrategy ?? []).map {
                ECSTaskDefinitionChecker.pair("Type", $0.type, "Field", $0.field)
            })
    }
}
