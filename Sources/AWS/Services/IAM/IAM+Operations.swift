/// The IAM operations commands declare (see `ServiceOperation`): reads of one role each.
extension IAM {
    public enum Operation: String, ServiceOperation {
        case getRole, listRolePolicies, getRolePolicy, listAttachedRolePolicies, listRoleTags

        public static let service = AWSService.iam

        public var resource: IAMResourceKind { .iamRole }
    }
}
