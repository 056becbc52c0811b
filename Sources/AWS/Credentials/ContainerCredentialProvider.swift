import FoundationEssentials
import TextBasics

/// ECS task roles and EKS Pod Identity: `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` (against
/// `http://169.254.170.2`) or `AWS_CONTAINER_CREDENTIALS_FULL_URI`, with the `Authorization` header from
/// `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` (read on every call: it rotates) or
/// `AWS_CONTAINER_AUTHORIZATION_TOKEN`.
public struct ContainerCredentialProvider: CredentialProvider {
    public static let ecsHost = "http://169.254.170.2"

    let environment: [String: String]
    public let transport: any HTTPTransport
    public let timeout: Duration

    public init(environment: [String: String], transport: any HTTPTransport, timeout: Duration = .seconds(2)) {
        self.environment = environment.filter { $0.key.hasPrefix("AWS_CONTAINER_") }
        self.transport = transport
        self.timeout = timeout
    }

    public func credentials() async throws -> Credentials {
        let url = try endpoint()
        let source = "container credentials from \(Self.display(url))"
        var headers: [(name: String, value: String)] = [("Accept", "application/json")]
        if let token = try authorizationToken() {
            guard !token.utf8.contains(0x0D), !token.utf8.contains(0x0A) else {
                throw CredentialError("container credentials: the authorization token has a line break; remove it")
            }
            headers.append(("Authorization", token))
        }
        let request = HTTPRequest(method: "GET", url: url, headers: headers)
        var lastError: CredentialError?
        // Two tries: the agent answering a task that just started is sometimes briefly unavailable.
        for _ in 0..<2 {
            do {
                let response = try await transport.send(request, timeout: timeout)
                if response.status == 200 { return try CredentialDocument.json(response.body, source: source) }
                lastError = CredentialError("\(source): HTTP \(response.status)")
                if response.status < 500 { break }
            } catch let error as TransportError {
                lastError = CredentialError("\(source): \(error)")
            }
        }
        throw lastError!
    }

    func endpoint() throws -> URL {
        if let relative = environment["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"], !relative.isEmpty {
            guard let url = URL(string: Self.ecsHost + (relative.hasPrefix("/") ? relative : "/" + relative)) else {
                throw CredentialError("container credentials: AWS_CONTAINER_CREDENTIALS_RELATIVE_URI is not a path")
            }
            return url
        }
        guard let full = environment["AWS_CONTAINER_CREDENTIALS_FULL_URI"], !full.isEmpty else {
            throw CredentialError.notConfigured(
                "container: AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and AWS_CONTAINER_CREDENTIALS_FULL_URI are not set")
        }
        guard let url = URL(string: full), let scheme = url.scheme?.lowercased(), let host = url.host,
            scheme == "http" || scheme == "https"
        else {
            throw CredentialError("container credentials: AWS_CONTAINER_CREDENTIALS_FULL_URI is not an http(s) URL")
        }
        // As the SDKs do: plain http only to the container agents or this machine, where no one can listen in.
        guard scheme == "https" || Self.isAllowedPlainHTTPHost(host) else {
            throw CredentialError(
                "container credentials: AWS_CONTAINER_CREDENTIALS_FULL_URI host \(host) is not allowed over http; "
                    + "use https, a loopback address, 169.254.170.2 or 169.254.170.23")
        }
        return url
    }

    static func isAllowedPlainHTTPHost(_ host: String) -> Bool {
        let bare = host.trimmed(where: { $0 == "[" || $0 == "]" }).lowercased()
        if ["localhost", "::1", "169.254.170.2", "169.254.170.23", "fd00:ec2::23"].contains(bare) { return true }
        let octets = bare.split(separator: ".")
        return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
    }

    private func authorizationToken() throws -> String? {
        if let file = environment["AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"], !file.isEmpty {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CredentialError(
                    "container credentials: cannot read AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE \(file), "
                        + "and check the path")
            }
            return String(decoding: data, as: UTF8.self).trimmed()
        }
        return environment["AWS_CONTAINER_AUTHORIZATION_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The URL without its query, which may carry something secret.
    static func display(_ url: URL) -> String {
        var components = URLComponents(url: url, resolvingAgainstBaseURL: false)
        components?.query = nil
        components?.user = nil
        components?.password = nil
        return components?.string ?? "the container endpoint"
    }
}
