extension BatchProcessingStack {
    /// What the seed README's validation and troubleshooting commands need, and what a pipeline reads.
    static func addOutputs(
        to stack: inout StackBuilder, cluster: ResourceRef<ECSCluster>, services: [String: ResourceRef<ECSService>],
        network: Network, roles: Roles
    ) {
        stack.output("LoadBalancerDNS", network.loadBalancer.dnsName, description: "DNS name of the report ALB")
        stack.output("LoadBalancerArn", network.loadBalancer.arn, description: "ARN of the report ALB")
        stack.output("TargetGroupArn", network.targetGroup.arn, description: "ARN of the report target group")
        stack.output("ClusterName", cluster.name, description: "Name of the ECS cluster")
        stack.output("ClusterArn", cluster.arn, description: "ARN of the ECS cluster")
        for service in BatchProcessingStack.services {
            stack.output(
                "\(service.logicalPrefix)ServiceName", services[service.slug]!.name,
                description: "Name of the \(service.slug) service")
        }
        stack.output("TaskExecutionRoleArn", roles.execution.arn, description: "ARN of the task execution role")
        stack.output("TaskRoleArn", roles.task.arn, description: "ARN of the task role")
    }
}
