import Foundation

/// ECS tasks: what a service ran and why it stopped (ListTasks, DescribeTasks).
extension ECS {
    public struct Task: Sendable, Equatable, Codable {
        public var taskArn: String?
        public var group: String?
        public var lastStatus: String?
        public var desiredStatus: String?
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
        let output = try await call("ListTasks", input, as: ListTasksOutput.self)
        return Array((output.taskArns ?? []).prefix(limit))
    }

    /// Tasks by ARN, in batches of 100 (the API's limit).
    public func describeTasks(cluster: String, tasks: [String]) async throws -> [Task] {
        var found: [Task] = []
        for start in stride(from: 0, to: tasks.count, by: Self.describeTasksBatch) {
            let batch = Array(tasks[start..<min(start + Self.describeTasksBatch, tasks.count)])
            let output = try await call(
                "DescribeTasks", ["cluster": .string(cluster), "tasks": .strings(batch)], as: TasksOutput.self)
            found += output.tasks ?? []
        }
        return found
    }

    struct ListTasksOutput: Decodable {
        var taskArns: [String]?
        var nextToken: String?
    }

    struct TasksOutput: Decodable {
        var tasks: [Task]?
    }
}
