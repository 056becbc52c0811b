import FoundationEssentials

/// An AWS access key pair, with the session token and expiry of temporary credentials.
///
/// `description`, `debugDescription` and the reflection `dump` shows all redact the secret and the
/// session token, so credentials can be logged or interpolated into an error by mistake without leaking.
public struct Credentials: Sendable, Equatable {
    public var accessKeyId: String
    public var secretAccessKey: String
    public var sessionToken: String?
    /// When temporary credentials stop working; nil for long-term keys.
    public var expiration: Date?

    public init(accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil, expiration: Date? = nil) {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.expiration = expiration
    }

    /// Whether these credentials expire within `margin` of `now` (never, for long-term keys).
    public func expires(within margin: TimeInterval, of now: Date) -> Bool {
        guard let expiration else { return false }
        return expiration.timeIntervalSince(now) <= margin
    }
}

extension Credentials: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String {
        var text = "Credentials(accessKeyId: \(accessKeyId), secretAccessKey: <redacted>"
        text += sessionToken == nil ? "" : ", sessionToken: <redacted>"
        if let expiration { text += ", expiration: \(expiration.formatted(.iso8601))" }
        return text + ")"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "accessKeyId": accessKeyId, "secretAccessKey": "<redacted>",
                "sessionToken": sessionToken == nil ? "nil" : "<redacted>",
                "expiration": expiration as Any,
            ], displayStyle: .struct)
    }
}
