extension BatchProcessingStack {
    struct Network {
        let albSecurityGroup: ResourceRef<EC2SecurityGroup>
        let taskSecurityGroup: ResourceRef<EC2SecurityGroup>
        let loadBalancer: ResourceRef<ELBv2LoadBalancer>
        let targetGroup: ResourceRef<ELBv2TargetGroup>
        let listener: ResourceRef<ELBv2Listener>
    }

    /// The ALB takes HTTP from anywhere; tasks take traffic only from the ALB, on the container port.
    static func addNetwork(to stack: inout StackBuilder, _ parameters: Parameters) -> Network {
        let suffix = parameters.environmentSuffix
        let vpc = parameters.vpcId.ref
        let albGroup = stack.add(
            "ALBSecurityGroup",
            EC2SecurityGroup(
                groupDescription: "Report generation ALB: HTTP from anywhere", vpcId: vpc,
                ingress: [IngressRule(.tcp, port: 80, from: .cidr("0.0.0.0/0"), description: "HTTP from anywhere")],
                tags: [Tag("Name", "alb-sg-\(suffix)")]))
        let taskGroup = stack.add(
            "ECSTaskSecurityGroup",
            EC2SecurityGroup(
                groupDescription: "ECS tasks: only from the ALB, on the container port", vpcId: vpc,
                ingress: [
                    IngressRule(.tcp, port: containerPort, from: .securityGroup(albGroup), description: "From the ALB")
                ],
                tags: [Tag("Name", "ecs-tasks-sg-\(suffix)")]))
        let loadBalancer = stack.add(
            "ApplicationLoadBalancer",
            ELBv2LoadBalancer(
                name: "report-alb-\(suffix)", scheme: .internetFacing, subnets: parameters.publicSubnetIds.ref,
                securityGroups: [albGroup.groupId]))
        let targetGroup = stack.add(
            "ALBTargetGroup",
            ELBv2TargetGroup(
                name: "report-tg-\(suffix)", port: containerPort, protocol: .http, targetType: .ip, vpcId: vpc,
                healthCheck: TargetHealthCheck(path: "/health")))
        let listener = stack.add(
            "ALBListener",
            ELBv2Listener(loadBalancer: loadBalancer, port: 80, protocol: .http, forwardTo: targetGroup))
        return Network(
            albSecurityGroup: albGroup, taskSecurityGroup: taskGroup, loadBalancer: loadBalancer,
            targetGroup: targetGroup, listener: listener)
    }
}
