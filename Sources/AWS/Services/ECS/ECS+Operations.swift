/// The ECS operations commands declare (see `ServiceOperation`).
extension ECS {
    public enum Operation: String, ServiceOperation {
        case describeClusters, describeServices, listServices, listTasks, describeTasks, describeTaskDefinition
        case listTagsForResource

        public static let service = AWSService.ecs

        public var resource: IAMResourceKind {
            switch self {
            case .describeClusters: .ecsCluster
            case .describeServices: .ecsService
            case .describeTasks: .ecsTask
            case .listServices, .listTasks, .describeTaskDefinition:
                .unscoped(
                    sid: "ECSActionsWithoutResourceTypes",
                    reason: "ecs:DescribeTaskDefinition, ecs:ListServices and ecs:ListTasks take no resource type "
                        + "(only a condition key)")
            case .listTagsForResource:
                .unscoped(
                    sid: "ECSTagReadsOfTaskDefinitions",
                    reason: "ecs:ListTagsForResource reads the stack's task definitions, whose revision ARNs are "
                        + "known only at run time")
            }
        }
    }
}
