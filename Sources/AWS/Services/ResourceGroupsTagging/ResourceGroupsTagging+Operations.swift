/// The Resource Groups Tagging API operations commands declare (see `AWSOperation`).
extension ResourceGroupsTagging {
    public enum Operation {
        public static let getResources = AWSOperation(.resourceGroupsTagging, "GetResources", .taggingUnscoped)
    }
}
