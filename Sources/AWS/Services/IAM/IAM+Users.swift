import Foundation

// Users and keys: what tests need to set up callers with limited permissions.
extension IAM {
    public func createUser(userName: String) async throws {
        var query = QueryParameters()
        query.set("UserName", userName)
        _ = try await call("CreateUser", query)
    }

    /// A new access key for the user. The secret is only in the returned value, never logged.
    public func createAccessKey(userName: String) async throws -> Credentials {
        var query = QueryParameters()
        query.set("UserName", userName)
        let key = try await call("CreateAccessKey", query)["AccessKey"] ?? XMLTree(name: "AccessKey")
        return Credentials(
            accessKeyId: key.string("AccessKeyId") ?? "", secretAccessKey: key.string("SecretAccessKey") ?? "")
    }

    public func putUserPolicy(userName: String, policyName: String, document: String) async throws {
        var query = QueryParameters()
        query.set("UserName", userName)
        query.set("PolicyName", policyName)
        query.set("PolicyDocument", document)
        _ = try await call("PutUserPolicy", query)
    }
}
