extension BatchProcessingStack {
    struct LogGroups {
        let byService: [String: ResourceRef<LogsLogGroup>]
        let xray: ResourceRef<LogsLogGroup>
    }

    /// One log group per service plus one shared by the X-Ray sidecars, all kept 30 days.
    ///
    /// Deleted with the stack, as the seed's clean-up expects; said explicitly, since logs are state.
    static func addLogGroups(to stack: inout StackBuilder, _ parameters: Parameters) -> LogGroups {
        let suffix = parameters.environmentSuffix
        var byService: [String: ResourceRef<LogsLogGroup>] = [:]
        for service in services {
            byService[service.slug] = stack.add(
                "\(service.logicalPrefix)LogGroup",
                LogsLogGroup(logGroupName: "/ecs/\(service.slug)-\(suffix)", retention: .days30),
                deletionPolicy: .delete)
        }
        let xray = stack.add(
            "XRayLogGroup", LogsLogGroup(logGroupName: "/ecs/xray-\(suffix)", retention: .days30),
            deletionPolicy: .delete)
        return LogGroups(byService: byService, xray: xray)
    }

    /// Fargate task definitions: 1 vCPU, 2 GB, the service container and an X-Ray daemon sidecar.
    static func addTaskDefinitions(
        to stack: inout StackBuilder, _ parameters: Parameters, roles: Roles, logs: LogGroups
    ) -> [String: ResourceRef<ECSTaskDefinition>] {
        var taskDefinitions: [String: ResourceRef<ECSTaskDefinition>] = [:]
        for service in services {
            let main = ContainerDefinition(
                name: service.slug, image: parameters.image(of: service).ref, essential: true,
                portMappings: [PortMapping(containerPort)],
                environment: [
                    ("ENVIRONMENT_SUFFIX", parameters.environmentSuffix.ref),
                    ("OUTPUT_BUCKET", parameters.s3BucketName.ref),
                    // awsvpc tasks share one network namespace, so the sidecar is on localhost.
                    ("AWS_XRAY_DAEMON_ADDRESS", "localhost:2000"),
                ],
                secrets: [("APP_SECRETS", parameters.secretsManagerArn.ref)],
                logGroup: logs.byService[service.slug]!, logStreamPrefix: service.slug,
                healthCheck: ContainerHealthCheck(
                    shellCommand: "curl -f http://localhost:\(containerPort)/health || exit 1"),
                startsAfter: ["xray-daemon"])
            // Not essential: losing traces must not stop a batch run.
            let xray = ContainerDefinition(
                name: "xray-daemon", image: parameters.xrayImageUri.ref, essential: false, cpu: 32,
                memoryReservationMiB: 256, portMappings: [PortMapping(2000, .udp)], logGroup: logs.xray,
                logStreamPrefix: service.slug)
            taskDefinitions[service.slug] = stack.add(
                "\(service.logicalPrefix)TaskDefinition",
                ECSTaskDefinition(
                    family: "\(service.slug)-\(parameters.environmentSuffix)", size: .oneVCPU(memoryGB: 2),
                    executionRole: roles.execution, taskRole: roles.task, containers: [main, xray]))
        }
        return taskDefinitions
    }
}
