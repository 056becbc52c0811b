/// An AWS error code (`ValidationError`, `NoSuchEntity`), or one of stackcheck's own for failures that
/// never reached a service (`NoCredentials`). A struct rather than an enum: services add codes, and an
/// unknown one must still be carried and shown as sent. The codes stackcheck acts on are named below.
public struct AWSErrorCode: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }
}

/// Codes services send that stackcheck reads.
extension AWSErrorCode {
    /// CloudFormation's catch-all for bad input, and how it says a stack does not exist.
    public static let validationError: AWSErrorCode = "ValidationError"
    public static let insufficientCapabilities: AWSErrorCode = "InsufficientCapabilitiesException"
    /// ECS: a task definition (or another resource) it does not know.
    public static let clientException: AWSErrorCode = "ClientException"
    /// IAM: no such role or policy.
    public static let noSuchEntity: AWSErrorCode = "NoSuchEntity"
    public static let loadBalancerNotFound: AWSErrorCode = "LoadBalancerNotFound"
    public static let targetGroupNotFound: AWSErrorCode = "TargetGroupNotFound"
    public static let listenerNotFound: AWSErrorCode = "ListenerNotFound"
    public static let securityGroupNotFound: AWSErrorCode = "InvalidGroup.NotFound"
}

/// stackcheck's own codes, for failures before or after the service answered.
extension AWSErrorCode {
    /// No endpoint could be resolved.
    public static let configuration: AWSErrorCode = "Configuration"
    /// A configured endpoint does not resolve or refuses connections.
    public static let endpointUnreachable: AWSErrorCode = "EndpointUnreachable"
    public static let noCredentials: AWSErrorCode = "NoCredentials"
    public static let invalidResponse: AWSErrorCode = "InvalidResponse"
    /// A call outside the running engine's declared operations (a stackcheck bug).
    public static let undeclaredOperation: AWSErrorCode = "UndeclaredOperation"
    public static let deadlineExceeded: AWSErrorCode = "DeadlineExceeded"
    /// DescribeStacks answered without the stack asked for.
    public static let noStack: AWSErrorCode = "NoStack"
}
