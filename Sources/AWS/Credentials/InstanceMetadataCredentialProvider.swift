import FoundationEssentials

/// The EC2 instance role through IMDSv2: PUT a session token, GET the role name, GET its credentials.
///
/// `AWS_EC2_METADATA_SERVICE_ENDPOINT` moves the endpoint (tests, IPv6); `AWS_EC2_METADATA_DISABLED=true`
/// turns the provider off. Timeouts are short, and no answer counts as "not configured", so a machine that
/// is not on EC2 falls through to the end of the chain in about a second.
public struct InstanceMetadataCredentialProvider: CredentialProvider {
    public static let defaultEndpoint = "http://169.254.169.254"
    static let rolePath = "/latest/meta-data/iam/security-credentials/"

    public let endpoint: String
    public let isDisabled: Bool
    public let transport: any HTTPTransport
    public let timeout: Duration

    public init(environment: [String: String], transport: any HTTPTransport, timeout: Duration = .seconds(1)) {
        let mode = environment["AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE"]?.lowercased()
        let configured = environment["AWS_EC2_METADATA_SERVICE_ENDPOINT"].flatMap { $0.isEmpty ? nil : $0 }
        var endpoint = configured ?? (mode == "ipv6" ? "http://[fd00:ec2::254]" : Self.defaultEndpoint)
        while endpoint.hasSuffix("/") { endpoint.removeLast() }
        self.endpoint = endpoint
        isDisabled = environment["AWS_EC2_METADATA_DISABLED"]?.lowercased() == "true"
        self.transport = transport
        self.timeout = timeout
    }

    public func credentials() async throws -> Credentials {
        let source = "instance metadata"
        guard !isDisabled else {
            throw CredentialError.notConfigured("\(source): disabled by AWS_EC2_METADATA_DISABLED")
        }
        let token = try await fetch(
            "PUT", "/latest/api/token", headers: [("X-aws-ec2-metadata-token-ttl-seconds", "21600")])
        let tokenHeader = [("X-aws-ec2-metadata-token", String(decoding: token, as: UTF8.self))]
        let roles = String(decoding: try await fetch("GET", Self.rolePath, headers: tokenHeader), as: UTF8.self)
        guard let role = roles.split(whereSeparator: \.isNewline).first.map(String.init), !role.isEmpty else {
            throw CredentialError.notConfigured("\(source): no IAM role is attached to this instance")
        }
        let document = try await fetch(
            "GET", Self.rolePath + SigV4Canonical.uriEncode(role, keepSlash: false), headers: tokenHeader)
        return try CredentialDocument.json(document, source: "\(source) for role \(role)")
    }

    private func fetch(_ method: String, _ path: String, headers: [(name: String, value: String)]) async throws
        -> [UInt8]
    {
        guard let url = URL(string: endpoint + path) else {
            throw CredentialError("instance metadata: AWS_EC2_METADATA_SERVICE_ENDPOINT is not a URL")
        }
        let response: HTTPResponse
        do {
            response = try await transport.send(
                HTTPRequest(method: method, url: url, headers: headers), timeout: timeout)
        } catch let error as TransportError {
            // A cancelled run must stop, not fall through the chain as if there were no instance here.
            if error.kind == .cancelled { throw CancellationError() }
            throw CredentialError.notConfigured(
                "instance metadata: no answer from \(endpoint) (\(error.kind.rawValue))")
        }
        switch response.status {
        case 200: return response.body
        case 404 where path == Self.rolePath:
            throw CredentialError.notConfigured("instance metadata: no IAM role is attached to this instance")
        case 403 where method == "PUT":
            throw CredentialError.notConfigured("instance metadata: IMDS is disabled on this instance (HTTP 403)")
        default:
            throw CredentialError("instance metadata: \(method) \(path) answered HTTP \(response.status)")
        }
    }
}
