extension BatchProcessingStack {
    struct Roles {
        let execution: ResourceRef<IAMRole>
        let task: ResourceRef<IAMRole>
    }

    /// Two roles, least privilege: each names the actions it needs and, where IAM allows, the exact resources.
    static func addRoles(to stack: inout StackBuilder, _ parameters: Parameters) -> Roles {
        let suffix = parameters.environmentSuffix
        let secret = parameters.secretsManagerArn.ref
        let readSecret = PolicyStatement(
            sid: "ReadAppSecret", actions: ["secretsmanager:GetSecretValue"], resources: [secret])

        // The execution role is what ECS itself uses to start a task; the secret is granted on its exact ARN only.
        let execution = stack.add(
            "TaskExecutionRole",
            IAMRole.ecsTaskExecution(
                roleName: "ecs-task-execution-role-\(suffix)",
                description: "ECS pulls images, writes logs and reads the app secret when starting tasks",
                policy: InlinePolicy(name: "read-app-secret", statements: [readSecret])))

        // The task role is what the application code runs as: the output bucket only, X-Ray, the secret.
        let bucket: Str = "arn:\(Pseudo.partition):s3:::\(parameters.s3BucketName)"
        let objects: Str = "arn:\(Pseudo.partition):s3:::\(parameters.s3BucketName)/*"
        let task = stack.add(
            "TaskRole",
            IAMRole(
                roleName: "ecs-task-role-\(suffix)",
                description: "The batch services read and write the output bucket, send traces, read the app secret",
                assumedBy: IAMRole.ecsTasksService,
                policy: InlinePolicy(
                    name: "batch-processing",
                    statements: [
                        PolicyStatement(sid: "ListOutputBucket", actions: ["s3:ListBucket"], resources: [bucket]),
                        PolicyStatement(
                            sid: "ReadWriteOutputObjects", actions: ["s3:GetObject", "s3:PutObject"],
                            resources: [objects]),
                        // X-Ray has no resource-level permissions for these actions: `*` is the only
                        // resource IAM accepts.
                        PolicyStatement(
                            sid: "SendTraces",
                            actions: [
                                "xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules",
                                "xray:GetSamplingTargets",
                            ],
                            resources: ["*"]),
                        readSecret,
                    ])))
        return Roles(execution: execution, task: task)
    }
}
