import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// Container and instance metadata credentials, served by loopback servers at the endpoints the SDKs let
/// users move (`AWS_CONTAINER_CREDENTIALS_FULL_URI`, `AWS_EC2_METADATA_SERVICE_ENDPOINT`).
struct CredentialEndpointTests {
    static let secret = "EndpointSecretKeyEXAMPLE0000000000000000"
    static let document = """
        {"Code": "Success", "Type": "AWS-HMAC", "AccessKeyId": "ASIAENDPOINT", "SecretAccessKey": "\(secret)",
         "Token": "endpointtoken", "Expiration": "2030-01-02T03:04:05Z", "LastUpdated": "2030-01-01T21:04:05Z"}
        """
    static let expiration = Date(timeIntervalSince1970: 1_893_553_445)  // 2030-01-02T03:04:05Z
    let transport = CurlTransport(maxConcurrentRequests: 2, connectTimeout: .seconds(2))

    @Test func containerCredentialsWithTokenFile() async throws {
        let server = try LoopbackServer { request in
            request.path == "/v2/credentials/abc" && request.header("Authorization") == "Bearer rotated"
                ? .text(Self.document) : .text("{}", status: 403)
        }
        let folder = try TemporaryFolder()
        let tokenFile = try folder.write("token", "Bearer rotated\n")
        let provider = ContainerCredentialProvider(
            environment: [
                "AWS_CONTAINER_CREDENTIALS_FULL_URI": "\(server.endpoint.absoluteString)/v2/credentials/abc",
                "AWS_CONTAINER_AUTHORIZATION_TOKEN": "Bearer stale",
                "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": tokenFile,
            ], transport: transport)
        let credentials = try await provider.credentials()
        #expect(
            credentials
                == Credentials(
                    accessKeyId: "ASIAENDPOINT", secretAccessKey: Self.secret, sessionToken: "endpointtoken",
                    expiration: Self.expiration))
        #expect(server.requests.map(\.method) == ["GET"])
    }

    @Test func containerErrorsNameTheStatus() async throws {
        let server = try LoopbackServer { _ in .text("{\"message\": \"no\"}", status: 403) }
        let url = "\(server.endpoint.absoluteString)/creds"
        let provider = ContainerCredentialProvider(
            environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": url, "AWS_CONTAINER_AUTHORIZATION_TOKEN": "t"],
            transport: transport)
        let error = await #expect(throws: CredentialError.self) { try await provider.credentials() }
        #expect(error?.description == "container credentials from \(url): HTTP 403")
        #expect(error?.isNotConfigured == false)
    }

    @Test func containerRefusesPlainHTTPToOtherHosts() async throws {
        let provider = ContainerCredentialProvider(
            environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://example.com/creds"], transport: transport)
        let error = await #expect(throws: CredentialError.self) { try await provider.credentials() }
        #expect(
            error?.description
                == "container credentials: AWS_CONTAINER_CREDENTIALS_FULL_URI host example.com is not allowed over "
                + "http; use https, a loopback address, 169.254.170.2 or 169.254.170.23")
    }

    static func metadataServer(role: String? = "stack-role") throws -> LoopbackServer {
        try LoopbackServer { request in
            let path = "/latest/meta-data/iam/security-credentials/"
            if request.method == "PUT" && request.path == "/latest/api/token" {
                return request.header("X-aws-ec2-metadata-token-ttl-seconds") == "21600"
                    ? .text("imds-session") : .text("", status: 400)
            }
            guard request.method == "GET", request.header("X-aws-ec2-metadata-token") == "imds-session" else {
                return .text("", status: 401)
            }
            switch (request.path, role) {
            case (path, .some(let role)): return .text(role + "\n")
            case (path + "stack-role", .some): return .text(Self.document)
            default: return .text("", status: 404)
            }
        }
    }

    @Test func instanceMetadataV2() async throws {
        let server = try Self.metadataServer()
        let provider = InstanceMetadataCredentialProvider(
            environment: ["AWS_EC2_METADATA_SERVICE_ENDPOINT": server.endpoint.absoluteString + "/"],
            transport: transport)
        let credentials = try await provider.credentials()
        #expect(credentials.accessKeyId == "ASIAENDPOINT")
        #expect(credentials.expiration == Self.expiration)
        #expect(
            server.requests.map { "\($0.method) \($0.path)" } == [
                "PUT /latest/api/token", "GET /latest/meta-data/iam/security-credentials/",
                "GET /latest/meta-data/iam/security-credentials/stack-role",
            ])
    }

    @Test func instanceWithoutRoleIsNotConfigured() async throws {
        let server = try Self.metadataServer(role: nil)
        let provider = InstanceMetadataCredentialProvider(
            environment: ["AWS_EC2_METADATA_SERVICE_ENDPOINT": server.endpoint.absoluteString], transport: transport)
        let error = await #expect(throws: CredentialError.self) { try await provider.credentials() }
        #expect(error?.isNotConfigured == true)
        #expect(error?.description == "instance metadata: no IAM role is attached to this instance")
    }

    @Test func disabledInstanceMetadataSendsNothing() async throws {
        let server = try Self.metadataServer()
        let provider = InstanceMetadataCredentialProvider(
            environment: [
                "AWS_EC2_METADATA_SERVICE_ENDPOINT": server.endpoint.absoluteString,
                "AWS_EC2_METADATA_DISABLED": "TRUE",
            ], transport: transport)
        let error = await #expect(throws: CredentialError.self) { try await provider.credentials() }
        #expect(error?.description == "instance metadata: disabled by AWS_EC2_METADATA_DISABLED")
        #expect(server.requests.isEmpty)
    }

    @Test func silentMetadataEndpointTimesOutAsNotConfigured() async throws {
        let server = try LoopbackServer { _ in .delay(.seconds(5), .text("late")) }
        let provider = InstanceMetadataCredentialProvider(
            environment: ["AWS_EC2_METADATA_SERVICE_ENDPOINT": server.endpoint.absoluteString], transport: transport,
            timeout: .milliseconds(300))
        let error = await #expect(throws: CredentialError.self) { try await provider.credentials() }
        #expect(error?.isNotConfigured == true)
        #expect(error?.description == "instance metadata: no answer from \(server.endpoint.absoluteString) (timedOut)")
    }

    @Test func chainFallsThroughToContainerCredentials() async throws {
        let server = try LoopbackServer { _ in .text(Self.document) }
        let folder = try TemporaryFolder()
        let configuration = try AWSConfiguration(
            environment: folder.environment(["AWS_CONTAINER_CREDENTIALS_FULL_URI": server.endpoint.absoluteString]))
        let provider = configuration.credentialProvider(transport: transport)
        #expect(try await provider.credentials().accessKeyId == "ASIAENDPOINT")
        #expect(try await provider.credentials().accessKeyId == "ASIAENDPOINT")
        #expect(server.requests.count == 1)
    }
}
