/// STS (query protocol).
public struct STS: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) { self.client = client }

    public struct CallerIdentity: Sendable, Equatable, Codable {
        public var account: String
        public var arn: String
        public var userId: String
    }

    /// Who the credentials belong to. Needs no permission, so it is the first check of any setup.
    public func getCallerIdentity() async throws -> CallerIdentity {
        let result = try await client.query(Operation.getCallerIdentity)
        return CallerIdentity(
            account: result.string("Account") ?? "", arn: result.string("Arn") ?? "",
            userId: result.string("UserId") ?? "")
    }
}

extension AWSClient {
    public var sts: STS { STS(client: self) }
}
