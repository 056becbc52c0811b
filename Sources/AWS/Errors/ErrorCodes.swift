/// The error codes the SDKs' "standard" retry mode treats specially, in one place.
public enum ErrorCodes {
    /// The service asked us to slow down.
    public static let throttling: Set<AWSErrorCode> = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
        "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled",
        "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException",
    ]

    /// Failures on the service's side that the same request may get past.
    public static let transient: Set<AWSErrorCode> = [
        "RequestTimeout", "RequestTimeoutException", "InternalError", "InternalFailure", "ServiceUnavailable",
    ]

    public static let transientStatuses: Set<Int> = [500, 502, 503, 504]

    /// The request's signature or key was not accepted.
    public static let signature: Set<AWSErrorCode> = [
        "SignatureDoesNotMatch", "InvalidSignatureException", "InvalidClientTokenId", "IncompleteSignature",
        "UnrecognizedClientException", "AuthFailure", "MissingAuthenticationToken",
    ]

    public static let accessDenied: Set<AWSErrorCode> = [
        "AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "UnauthorizedAccess",
    ]
}
