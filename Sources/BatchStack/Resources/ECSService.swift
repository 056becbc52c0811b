/// `AWS::ECS::Service` on Fargate in awsvpc mode.
public struct ECSService: Resource {
    public static let typeName = "AWS::ECS::Service"

    public var serviceName: Str
    public var cluster: ResourceRef<ECSCluster>
    public var taskDefinition: ResourceRef<ECSTaskDefinition>
    public var desiredCount: Int
    public var subnets: StrList
    public var securityGroups: [ResourceRef<EC2SecurityGroup>]
    public var assignPublicIp: Bool
    public var loadBalancer: LoadBalancerTarget?
    /// Time to let new tasks start before load balancer health checks count (only with a load balancer).
    public var healthCheckGracePeriodSeconds: Int?

    public var properties: Properties {
        let vpc: Properties = [
            "AssignPublicIp": assignPublicIp ? "ENABLED" : "DISABLED", "SecurityGroups": securityGroups.map(\.groupId),
            "Subnets": subnets,
        ]
        let target: Properties? = loadBalancer.map {
            ["ContainerName": $0.containerName, "ContainerPort": $0.containerPort, "TargetGroupArn": $0.targetGroup.arn]
        }
        return [
            "ServiceName": serviceName, "Cluster": cluster.name, "TaskDefinition": taskDefinition.arn,
            "DesiredCount": desiredCount, "LaunchType": "FARGATE",
            "NetworkConfiguration": ["AwsvpcConfiguration": vpc] as Properties,
            "LoadBalancers": target.map { [$0] }, "HealthCheckGracePeriodSeconds": healthCheckGracePeriodSeconds,
        ]
    }
}

/// The container and port a service registers in a target group.
public struct LoadBalancerTarget: Sendable {
    public var targetGroup: ResourceRef<ELBv2TargetGroup>
    public var containerName: String
    public var containerPort: Int

}

extension ResourceRef where R == ECSService {
    /// `Ref` of a service is its ARN.
    public var arn: Str { ref }
    public var name: Str { attribute("Name") }
}
