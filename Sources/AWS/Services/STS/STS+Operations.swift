/// The STS operations commands declare (see `AWSOperation`). AWS answers GetCallerIdentity whatever
/// the caller's policy says, so `iam-policy` leaves it out (`IAMPolicyBuilder.alwaysAllowed`).
extension STS {
    public enum Operation {
        public static let getCallerIdentity = AWSOperation(.sts, "GetCallerIdentity", .stsUnscoped)
        /// The credential chain's role assumption: the caller identity's business, outside any command's scope.
        static let assumeRole = AWSOperation(.sts, "AssumeRole", .stsUnscoped)
    }
}
