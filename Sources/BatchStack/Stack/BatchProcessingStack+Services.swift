extension BatchProcessingStack {
    /// Three Fargate services, two tasks each, in the private subnets without public IPs; report
    /// generation registers in the ALB's target group.
    static func addServices(
        to stack: inout StackBuilder, _ parameters: Parameters, cluster: ResourceRef<ECSCluster>,
        taskDefinitions: [String: ResourceRef<ECSTaskDefinition>], network: Network
    ) -> [String: ResourceRef<ECSService>] {
        var added: [String: ResourceRef<ECSService>] = [:]
        for service in services {
            let loadBalancer =
                service.behindLoadBalancer
                ? LoadBalancerTarget(
                    targetGroup: network.targetGroup, containerName: service.slug, containerPort: containerPort)
                : nil
            // A service can join a target group only once a listener routes to it, which the service's
            // properties do not imply: hence the explicit DependsOn.
            added[service.slug] = stack.add(
                service.serviceLogicalId,
                ECSService(
                    serviceName: "\(service.slug)-service-\(parameters.environmentSuffix)", cluster: cluster,
                    taskDefinition: taskDefinitions[service.slug]!, desiredCount: desiredCount,
                    subnets: parameters.privateSubnetIds.ref, securityGroups: [network.taskSecurityGroup],
                    assignPublicIp: false, loadBalancer: loadBalancer,
                    healthCheckGracePeriodSeconds: service.behindLoadBalancer ? 60 : nil),
                dependsOn: service.behindLoadBalancer ? [network.listener] : [])
        }
        return added
    }

    /// A scalable target (2...10 tasks) and a CPU target-tracking policy per service.
    ///
    /// The seed asks for "70% scale up, 30% scale down". Target tracking at 70% does both: Application Auto
    /// Scaling creates a high alarm (above 70% for 3 minutes: add tasks) and a low alarm (well below the
    /// target for 15 minutes: remove tasks, never under the minimum of 2). A separate 30% step policy
    /// would need CloudWatch alarm resources the seed does not list, and would fight the tracking policy.
    static func addScaling(
        to stack: inout StackBuilder, _ parameters: Parameters, cluster: ResourceRef<ECSCluster>,
        services added: [String: ResourceRef<ECSService>]
    ) {
        var targets: [(BatchService, ResourceRef<AutoScalingScalableTarget>)] = []
        for service in services {
            let target = stack.add(
                "\(service.logicalPrefix)ScalableTarget",
                AutoScalingScalableTarget(
                    cluster: cluster, service: added[service.slug]!, capacity: desiredCount...maxCount))
            targets.append((service, target))
        }
        for (service, target) in targets {
            stack.add(
                "\(service.logicalPrefix)ScalingPolicy",
                AutoScalingScalingPolicy(
                    policyName: "\(service.slug)-cpu-\(parameters.environmentSuffix)", target: target,
                    metric: .ecsServiceAverageCPUUtilization, targetValue: cpuTarget, scaleOutCooldownSeconds: 60,
                    scaleInCooldownSeconds: 300))
        }
    }
}
