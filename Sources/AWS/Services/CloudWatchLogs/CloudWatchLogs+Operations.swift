/// The CloudWatch Logs operations commands declare (see `AWSOperation`).
extension CloudWatchLogs {
    public enum Operation {
        public static let describeLogGroups = AWSOperation(.cloudWatchLogs, "DescribeLogGroups", .logGroups)
        public static let listTagsForResource = AWSOperation(.cloudWatchLogs, "ListTagsForResource", .logGroups)
    }
}
