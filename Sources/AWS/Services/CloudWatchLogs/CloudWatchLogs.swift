/// CloudWatch Logs (JSON 1.1), typed.
public struct CloudWatchLogs: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) { self.client = client }

    public struct LogGroup: Sendable, Equatable, Codable {
        public var logGroupName: String
        public var arn: String?
        /// nil: never expire.
        public var retentionInDays: Int?
        /// Milliseconds since 1970, as the API sends it.
        public var creationTime: Int?
    }

    /// Log groups whose names start with `prefix` (every group when nil); all pages.
    public func describeLogGroups(prefix: String? = nil) async throws -> [LogGroup] {
        var input: [String: JSONInput] = [:]
        if let prefix { input["logGroupNamePrefix"] = .string(prefix) }
        return try await client.jsonPages(Operation.describeLogGroups, input, list: "logGroups", of: LogGroup.self)
    }

    /// The log group called exactly `name`, or nil.
    public func logGroup(named name: String) async throws -> LogGroup? {
        try await describeLogGroups(prefix: name).first { $0.logGroupName == name }
    }
}

extension AWSClient {
    public var logs: CloudWatchLogs { CloudWatchLogs(client: self) }
}
