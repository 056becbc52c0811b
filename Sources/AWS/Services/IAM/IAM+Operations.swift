/// The IAM operations commands declare (see `AWSOperation`): reads of one role each.
extension IAM {
    public enum Operation {
        public static let getRole = AWSOperation(.iam, "GetRole", .iamRole)
        public static let listRolePolicies = AWSOperation(.iam, "ListRolePolicies", .iamRole)
        public static let getRolePolicy = AWSOperation(.iam, "GetRolePolicy", .iamRole)
        public static let listAttachedRolePolicies = AWSOperation(.iam, "ListAttachedRolePolicies", .iamRole)
        public static let listRoleTags = AWSOperation(.iam, "ListRoleTags", .iamRole)
    }
}
