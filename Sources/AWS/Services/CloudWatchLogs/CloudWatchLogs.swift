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

    struct LogGroupsOutput: Decodable {
        var logGroups: [LogGroup]?
        var nextToken: String?
    }

    /// Log groups whose names start with `prefix` (every group when nil); all pages.
    public func describeLogGroups(prefix: String? = nil) async throws -> [LogGroup] {
        try await collectPages { token in
            var input: [String: JSONInput] = [:]
            if let prefix { input["logGroupNamePrefix"] = .string(prefix) }
            if let token { input["nextToken"] = .string(token) }
            let output = try await client.json(.cloudWatchLogs, "DescribeLogGroups", input, as: LogGroupsOutput.self)
            return Page(items: output.logGroups ?? [], nextToken: output.nextToken)
        }
    }

    /// The log group called exactly `name`, or nil.
    public func logGroup(named name: String) async throws -> LogGroup? {
        try await describeLogGroups(prefix: name).first { $0.logGroupName == name }
    }

    public func putRetentionPolicy(logGroupName: String, retentionInDays: Int) async throws {
        let input: [String: JSONInput] = [
            "logGroupName": .string(logGroupName), "retentionInDays": .int(retentionInDays),
        ]
        _ = try await client.json(.cloudWatchLogs, "PutRetentionPolicy", input, as: EmptyOutput.self)
    }

    public func deleteLogGroup(logGroupName: String) async throws {
        let input: [String: JSONInput] = ["logGroupName": .string(logGroupName)]
        _ = try await client.json(.cloudWatchLogs, "DeleteLogGroup", input, as: EmptyOutput.self)
    }
}

extension AWSClient {
    public var logs: CloudWatchLogs { CloudWatchLogs(client: self) }
}
