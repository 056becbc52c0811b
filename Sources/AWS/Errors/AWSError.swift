import TextBasics
/// Why an AWS call did not produce a result. Every failure of `AWSClient` is one of these, so callers
/// (and the exit code) can tell "the service said no" from "no answer in time".
public struct AWSError: Error, Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        /// The service answered with an error (`code`, `message`, `status` are the service's).
        case service
        /// No HTTP answer after every attempt (`transport` says why).
        case transport
        /// The call's overall deadline passed before an answer.
        case deadlineExceeded
        /// No credentials could be found or refreshed.
        case credentials
        /// The service answered, but with something we cannot read.
        case invalidResponse
        /// No endpoint could be resolved (no region, a malformed endpoint URL).
        case configuration
    }

    public var kind: Kind
    /// The signing name of the service (`cloudformation`, `ecs`, `sts`, ...).
    public var service: String
    /// The API operation (`DescribeStacks`).
    public var operation: String
    /// The AWS error code (`ValidationError`); for other kinds a short word for what happened.
    public var code: AWSErrorCode
    public var message: String
    public var requestId: String?
    /// The HTTP status of the last answer, if there was one.
    public var status: Int?
    /// How many requests were sent for this call.
    public var attempts: Int
    /// The connection failure behind a `.transport` error.
    public var transport: TransportError?

    public init(
        kind: Kind, service: String, operation: String, code: AWSErrorCode, message: String, requestId: String? = nil,
        status: Int? = nil, attempts: Int = 1, transport: TransportError? = nil
    ) {
        self.kind = kind
        self.service = service
        self.operation = operation
        self.code = code
        // The message leaves the AWS layer here: AWS may echo the signed request in it.
        self.message = SecretRedactor.redact(message)
        self.requestId = requestId
        self.status = status
        self.attempts = attempts
        self.transport = transport
    }

    /// `cloudformation:DescribeStacks`: the IAM action of the call.
    public var action: String { "\(service):\(operation)" }

    /// The service throttled us (retries, if any, did not get past it).
    public var isThrottling: Bool {
        kind == .service && (ErrorCodes.throttling.contains(code) || status == 429)
    }

    /// A failure that may pass on its own: 5xx, transient codes, no connection, the deadline.
    public var isTransient: Bool {
        switch kind {
        case .service:
            ErrorCodes.transient.contains(code) || status.map(ErrorCodes.transientStatuses.contains) == true
        case .transport: transport?.isRetryable ?? true
        case .deadlineExceeded: true
        case .credentials, .invalidResponse, .configuration: false
        }
    }

    /// Whether the answer is "we could not find out" (throttled, timed out) rather than a decision:
    /// the CLI maps these to exit 3.
    public var isInconclusive: Bool { isThrottling || isTransient }

    public var isAccessDenied: Bool { kind == .service && ErrorCodes.accessDenied.contains(code) }

    /// The signature or access key was rejected: a wrong secret, an unknown key, a skewed clock.
    public var isSignatureError: Bool { kind == .service && ErrorCodes.signature.contains(code) }

    /// The IAM action an AccessDenied is about: the one the service names ("... is not authorized to
    /// perform: ecs:DescribeServices on ..."), else the action of the call itself.
    public var missingAction: String? {
        guard isAccessDenied else { return nil }
        return Self.actionNamed(in: message) ?? action
    }

    static func actionNamed(in message: String) -> String? {
        guard let range = message.textRange(of: "perform: ") else { return nil }
        let action = message[range.upperBound...].prefix { !$0.isWhitespace && $0 != "," && $0 != ";" }
        return action.contains(":") ? String(action) : nil
    }
}
