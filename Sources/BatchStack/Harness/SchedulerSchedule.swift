import Template

/// `AWS::Scheduler::Schedule` (EventBridge Scheduler) running one Fargate task of an ECS cluster.
public struct SchedulerSchedule: Resource {
    public static let typeName = "AWS::Scheduler::Schedule"

    public var name: Str
    public var description: String
    /// `rate(1 hour)`, `cron(23 * * * ? *)`.
    public var expression: String
    /// Minutes the run may start late, so many schedules do not fire in the same second (nil: exactly on time).
    public var flexibleWindowMinutes: Int?
    public var cluster: ResourceRef<ECSCluster>
    public var taskDefinition: Str
    /// The role EventBridge Scheduler assumes to call ecs:RunTask.
    public var role: Str
    public var subnets: StrList
    public var assignPublicIp: Bool
    /// A run that fails to start is retried this many times; a drift run that found drift is not a failure.
    public var retryAttempts: Int

    public var properties: Properties {
        let window: Properties = [
            "Mode": flexibleWindowMinutes == nil ? "OFF" : "FLEXIBLE", "MaximumWindowInMinutes": flexibleWindowMinutes,
        ]
        let vpc: Properties = ["Subnets": subnets, "AssignPublicIp": assignPublicIp ? "ENABLED" : "DISABLED"]
        let ecs: Properties = [
            "TaskDefinitionArn": taskDefinition, "LaunchType": "FARGATE", "TaskCount": 1,
            "NetworkConfiguration": ["AwsvpcConfiguration": vpc] as Properties,
        ]
        let target: Properties = [
            "Arn": cluster.arn, "RoleArn": role, "EcsParameters": ecs,
            "RetryPolicy": ["MaximumRetryAttempts": retryAttempts] as Properties,
        ]
        return [
            "Name": name, "Description": description, "ScheduleExpression": expression, "State": "ENABLED",
            "FlexibleTimeWindow": window, "Target": target,
        ]
    }
}
