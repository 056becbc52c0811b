/// The ECS operations commands declare (see `AWSOperation`).
extension ECS {
    public enum Operation {
        public static let describeClusters = AWSOperation(.ecs, "DescribeClusters", .ecsCluster)
        public static let describeServices = AWSOperation(.ecs, "DescribeServices", .ecsService)
        public static let listServices = AWSOperation(.ecs, "ListServices", .ecsUnscoped)
        public static let listTasks = AWSOperation(.ecs, "ListTasks", .ecsUnscoped)
        public static let describeTasks = AWSOperation(.ecs, "DescribeTasks", .ecsTask)
        public static let describeTaskDefinition = AWSOperation(.ecs, "DescribeTaskDefinition", .ecsUnscoped)
        public static let listTagsForResource = AWSOperation(.ecs, "ListTagsForResource", .ecsTagReads)
    }
}

extension IAMResourceKind {
    static let ecsTagReads = IAMResourceKind.unscoped(
        sid: "ECSTagReadsOfTaskDefinitions",
        reason: "ecs:ListTagsForResource reads the stack's task definitions, whose revision ARNs are known only at "
            + "run time")
}
