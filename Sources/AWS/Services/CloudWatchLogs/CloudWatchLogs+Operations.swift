/// The CloudWatch Logs operations commands declare (see `ServiceOperation`).
extension CloudWatchLogs {
    public enum Operation: String, ServiceOperation {
        case describeLogGroups, listTagsForResource

        public static let service = AWSService.cloudWatchLogs

        public var resource: IAMResourceKind { .logGroups }
    }
}
