import FoundationEssentials

/// ECS tasks: what a service ran and why it stopped (ListTasks, DescribeTasks).
extension ECS {
    public struct Task: Sendable, Equatable, Codable {
        public var taskArn: String?
        public var group: String?
        public var lastStatus: String?
        public var desiredStatus: String?
        /// The task definition the task runs.
        public var taskDefinitionArn: String?
        /// `TaskFailedToStart`, `EssentialContainerExited`, `UserInitiated`, `ServiceSchedulerInitiated`, ...
        public var stopCode: String?
        public var stoppedReason: String?
        public var stoppedAt: Date?
        public var containers: [Container]?
    }

    public struct Container: Sendable, Equatable, Codable {
        public var name: String?
        public var lastStatus: String?
        public var exitCode: Int?
        public var reason: String?
    }

    /// DescribeTasks takes at most this many tasks per call.
    public static let describeTasksBatch = 100

    /// The ARNs of a service's tasks with this desired status (`RUNNING` or `STOPPED`); at most `limit`.
    public func listTasks(cluster: String, serviceName: String, desiredStatus: String = "RUNNING", limit: Int = 100)
        async throws -> [String]
    {
        let input: [String: JSONInput] = [
            "cluster": .string(cluster), "serviceName": .string(serviceName), "desiredStatus": .string(desiredStatus),
            "maxResults": .int(min(max(limit, 1), 100)),
        ]
        let output = try await client.json(Operation.listTasks, input, as: TaskListOutput.self)
        return Array((output.taskArns ?? []).prefix(limit))
    }

    /// Tasks by ARN, in batches of 100 (the API's limit).
    public func describeTasks(cluster: String, tasks: [String]) async throws -> [Task] {
        try await inBatches(of: Self.describeTasksBatch, tasks) { batch in
            let input: [String: JSONInput] = ["cluster": .string(cluster), "tasks": .strings(batch)]
            return try await client.json(Operation.describeTasks, input, as: TasksOutput.self).tasks ?? []
        }
    }

    /// The task definition ARN of every task in the cluster (running or pending; all pages).
    public func taskDefinitionsOfTasks(cluster: String) async throws -> [String] {
        let tasks = try await client.jsonPages(
            Operation.listTasks, ["cluster": .string(cluster)], list: "taskArns", of: String.self)
        return try await describeTasks(cluster: cluster, tasks: tasks).compactMap(\.taskDefinitionArn)
    }

    struct TaskListOutput: Decodable {
        var taskArns: [String]?
    }

    struct TasksOutput: Decodable {
        var tasks: [Task]?
    }
}
