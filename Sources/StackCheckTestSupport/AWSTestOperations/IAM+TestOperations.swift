import AWS

/// Callers with limited permissions (users, keys, user policies) and out-of-band role changes.
extension IAM {
    public func createUser(userName: String) async throws {
        _ = try await client.query(.testOnly(.iam, "CreateUser"), QueryParameters(["UserName": userName]))
    }

    /// A new access key for the user. The secret is only in the returned value, never logged.
    public func createAccessKey(userName: String) async throws -> Credentials {
        let result = try await client.query(.testOnly(.iam, "CreateAccessKey"), QueryParameters(["UserName": userName]))
        let key = result["AccessKey"] ?? XMLTree(name: "AccessKey")
        return Credentials(
            accessKeyId: key.string("AccessKeyId") ?? "", secretAccessKey: key.string("SecretAccessKey") ?? "")
    }

    public func putUserPolicy(userName: String, policyName: String, document: String) async throws {
        _ = try await client.query(
            .testOnly(.iam, "PutUserPolicy"),
            QueryParameters(["UserName": userName, "PolicyName": policyName, "PolicyDocument": document]))
    }

    /// Creates or replaces an inline policy of a role; `document` is the policy JSON.
    public func putRolePolicy(roleName: String, policyName: String, document: String) async throws {
        _ = try await client.query(
            .testOnly(.iam, "PutRolePolicy"),
            QueryParameters(["RoleName": roleName, "PolicyName": policyName, "PolicyDocument": document]))
    }

    public func detachRolePolicy(roleName: String, policyArn: String) async throws {
        _ = try await client.query(
            .testOnly(.iam, "DetachRolePolicy"), QueryParameters(["RoleName": roleName, "PolicyArn": policyArn]))
    }
}
