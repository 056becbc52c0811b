import FoundationEssentials
import TextBasics

/// IAM (query protocol; one global endpoint): the reads of one role that drift makes. Policy documents
/// arrive URL-encoded: they are decoded here.
public struct IAM: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) { self.client = client }

    public struct Role: Sendable, Equatable {
        public var roleName: String
        public var arn: String
        public var path: String?
        /// The trust policy, as JSON text (decoded from the URL encoding IAM sends).
        public var assumeRolePolicyDocument: String?
        public var description: String?
    }

    public struct AttachedPolicy: Sendable, Equatable {
        public var policyName: String
        public var policyArn: String
    }

    /// The parameters of a call about one role.
    static func role(_ roleName: String) -> QueryParameters {
        var query = QueryParameters()
        query.set("RoleName", roleName)
        return query
    }

    public func getRole(roleName: String) async throws -> Role {
        let role = try await client.query(Operation.getRole, Self.role(roleName))["Role"] ?? XMLTree(name: "Role")
        return Role(
            roleName: role.string("RoleName") ?? roleName, arn: role.string("Arn") ?? "", path: role.string("Path"),
            assumeRolePolicyDocument: Self.decodeDocument(role.string("AssumeRolePolicyDocument")),
            description: role.string("Description"))
    }

    /// Names of the role's inline policies; all pages.
    public func listRolePolicies(roleName: String) async throws -> [String] {
        try await client.queryPages(Operation.listRolePolicies, Self.role(roleName)) { $0.strings("PolicyNames") }
    }

    /// An inline policy's document as JSON text.
    public func getRolePolicy(roleName: String, policyName: String) async throws -> String {
        var query = Self.role(roleName)
        query.set("PolicyName", policyName)
        return Self.decodeDocument(try await client.query(Operation.getRolePolicy, query).string("PolicyDocument"))
            ?? ""
    }

    /// Managed policies attached to the role; all pages.
    public func listAttachedRolePolicies(roleName: String) async throws -> [AttachedPolicy] {
        try await client.queryPages(Operation.listAttachedRolePolicies, Self.role(roleName)) {
            $0.list("AttachedPolicies") {
                AttachedPolicy(policyName: $0.string("PolicyName") ?? "", policyArn: $0.string("PolicyArn") ?? "")
            }
        }
    }

    /// IAM URL-encodes policy documents in its XML; some emulators do not. Decode only what is encoded.
    static func decodeDocument(_ text: String?) -> String? {
        guard let text else { return nil }
        guard text.contains("%") else { return text }
        return text.removingPercentEncodingIfValid() ?? text
    }
}

extension AWSClient {
    public var iam: IAM { IAM(client: self) }
}
