/// The STS operations commands declare (see `AWSOperation`). AWS answers GetCallerIdentity whatever
/// the caller's policy says, so `iam-policy` leaves it out (`IAMPolicyBuilder.alwaysAllowed`).
extension STS {
    public enum Operation {
        public static let getCallerIdentity = AWSOperation(.sts, "GetCallerIdentity", .stsUnscoped)
    }
}
