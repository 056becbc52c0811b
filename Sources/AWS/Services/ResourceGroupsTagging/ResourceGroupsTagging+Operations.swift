/// The Resource Groups Tagging API operations commands declare (see `ServiceOperation`).
extension ResourceGroupsTagging {
    public enum Operation: String, ServiceOperation {
        case getResources

        public static let service = AWSService.resourceGroupsTagging

        public var resource: IAMResourceKind { .taggingUnscoped }
    }
}
