extension AWSError: CustomStringConvertible {
    /// One line naming the action, what went wrong and the request id, e.g.
    /// `cloudformation:DescribeStacks failed: ValidationError: Stack with id x does not exist (HTTP 400, request id r)`.
    /// Never carries credentials: AWS messages can echo the signed request (SignatureDoesNotMatch shows
    /// the canonical request, session token included), so the line goes through `SecretRedactor`.
    public var description: String {
        SecretRedactor.redact("\(action) failed: \(summary)\(suffix)")
    }

    /// What went wrong, without the action and request id around it (a diagnostic's message).
    public var summary: String {
        switch kind {
        case .service:
            if isSignatureError {
                return "the request signature was rejected (\(code)): check the access key id and secret access "
                    + "key, and the system clock: \(message)"
            }
            if isAccessDenied, let missing = missingAction {
                return "access denied: the caller lacks permission \(missing) (\(code)): \(message)"
            }
            if isThrottling, attempts > 1 {
                return "throttled (\(code)), gave up after \(attempts) attempts: \(message)"
            }
            return message.isEmpty ? code.rawValue : "\(code): \(message)"
        case .transport:
            let what = transport?.description ?? message
            return attempts > 1 ? "\(what) (after \(attempts) attempts)" : what
        case .deadlineExceeded:
            return message
        case .credentials:
            return "no usable credentials: \(message)"
        case .invalidResponse:
            return "unreadable response: \(message)"
        case .configuration:
            return message
        }
    }

    private var suffix: String {
        var parts: [String] = []
        if kind != .transport, let status { parts.append("HTTP \(status)") }
        if let requestId, !requestId.isEmpty { parts.append("request id \(requestId)") }
        return parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))"
    }
}
