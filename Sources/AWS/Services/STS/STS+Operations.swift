/// The STS operations commands declare (see `ServiceOperation`). AWS answers GetCallerIdentity whatever
/// the caller's policy says, so `iam-policy` leaves it out (`IAMPolicyBuilder.alwaysAllowed`). AssumeRole
/// is the credential chain's role assumption: the caller identity's business, outside any command's scope.
extension STS {
    public enum Operation: String, ServiceOperation {
        case getCallerIdentity, assumeRole

        public static let service = AWSService.sts

        public var resource: IAMResourceKind { .stsUnscoped }
    }
}
