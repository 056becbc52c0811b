import Foundation

/// IAM (query protocol; one global endpoint). Policy documents arrive URL-encoded: they are decoded here.
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

    func call(_ action: String, _ parameters: QueryParameters) async throws -> XMLTree {
        try await client.query(.iam, action, parameters)
    }

    public func getRole(roleName: String) async throws -> Role {
        var query = QueryParameters()
        query.set("RoleName", roleName)
        let role = try await call("GetRole", query)["Role"] ?? XMLTree(name: "Role")
        return Role(
            roleName: role.string("RoleName") ?? roleName, arn: role.string("Arn") ?? "", path: role.string("Path"),
            assumeRolePolicyDocument: Self.decodeDocument(role.string("AssumeRolePolicyDocument")),
            description: role.string("Description"))
    }

    /// Names of the role's inline policies; all pages.
    public func listRolePolicies(roleName: String) async throws -> [String] {
        try await collectPages { marker in
            var query = QueryParameters()
            query.set("RoleName", roleName)
            query.set("Marker", marker)
            let result = try await call("ListRolePolicies", query)
            return Page(items: result.strings("PolicyNames"), nextToken: Self.marker(result))
        }
    }

    /// An inline policy's document as JSON text.
    public func getRolePolicy(roleName: String, policyName: String) async throws -> String {
        var query = QueryParameters()
        query.set("RoleName", roleName)
        query.set("PolicyName", policyName)
        return Self.decodeDocument(try await call("GetRolePolicy", query).string("PolicyDocument")) ?? ""
    }

    /// Managed policies attached to the role; all pages.
    public func listAttachedRolePolicies(roleName: String) async throws -> [AttachedPolicy] {
        try await collectPages { marker in
            var query = QueryParameters()
            query.set("RoleName", roleName)
            query.set("Marker", marker)
            let result = try await call("ListAttachedRolePolicies", query)
            let policies = (result["AttachedPolicies"]?.members ?? []).map {
                AttachedPolicy(policyName: $0.string("PolicyName") ?? "", policyArn: $0.string("PolicyArn") ?? "")
            }
            return Page(items: policies, nextToken: Self.marker(result))
        }
    }

    static func marker(_ result: XMLTree) -> String? {
        result.bool("IsTruncated") == true ? result.string("Marker") : nil
    }

    /// IAM URL-encodes policy documents in its XML; some emulators do not. Decode only what is encoded.
    static func decodeDocument(_ text: String?) -> String? {
        guard let text else { return nil }
        guard text.contains("%") else { return text }
        return text.removingPercentEncoding ?? text
    }
}

extension AWSClient {
    public var iam: IAM { IAM(client: self) }
}
