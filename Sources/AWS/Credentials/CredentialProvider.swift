import FoundationEssentials

/// A source of credentials: environment, shared files, STS web identity, the container or EC2 endpoints.
public protocol CredentialProvider: Sendable {
    /// The credentials, or `CredentialError`. A provider that is simply not set up throws an error whose
    /// `isNotConfigured` is true, so a `CredentialChain` moves on to the next source.
    func credentials() async throws -> Credentials
}

/// Why a provider gave no credentials. The text never holds a secret or a session token.
public struct CredentialError: Error, CustomStringConvertible, Equatable {
    /// One line, naming the source and what to do.
    public var description: String
    /// The source is not set up at all (no variables, no profile keys): a chain tries the next one.
    public var isNotConfigured: Bool

    public init(_ description: String, isNotConfigured: Bool = false) {
        self.description = description
        self.isNotConfigured = isNotConfigured
    }

    static func notConfigured(_ description: String) -> CredentialError {
        CredentialError(description, isNotConfigured: true)
    }
}

/// Fixed credentials (given on purpose by the caller, or in tests).
public struct StaticCredentialProvider: CredentialProvider {
    public let value: Credentials

    public init(_ value: Credentials) { self.value = value }

    public func credentials() async throws -> Credentials { value }
}

/// `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and the optional `AWS_SESSION_TOKEN`
/// (or its old name `AWS_SECURITY_TOKEN`), read from the given environment.
public struct EnvironmentCredentialProvider: CredentialProvider {
    public let environment: [String: String]

    public init(environment: [String: String]) { self.environment = environment }

    public func credentials() async throws -> Credentials {
        let keyId = environment["AWS_ACCESS_KEY_ID"].flatMap { $0.isEmpty ? nil : $0 }
        let secret = environment["AWS_SECRET_ACCESS_KEY"].flatMap { $0.isEmpty ? nil : $0 }
        switch (keyId, secret) {
        case (nil, nil):
            throw CredentialError.notConfigured("environment: AWS_ACCESS_KEY_ID is not set")
        case (.some, nil):
            throw CredentialError("environment: AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not; set both")
        case (nil, .some):
            throw CredentialError("environment: AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not; set both")
        case (.some(let keyId), .some(let secret)):
            let token = [environment["AWS_SESSION_TOKEN"], environment["AWS_SECURITY_TOKEN"]]
                .compactMap { $0 }.first { !$0.isEmpty }
            return Credentials(accessKeyId: keyId, secretAccessKey: secret, sessionToken: token)
        }
    }
}
