/// What drift's unmanaged check and its tests need beyond the describe calls.
extension ECS {
    /// Creates a service (tests make "a service beside the stack's own" with it).
    public func createService(cluster: String, name: String, taskDefinition: String, desiredCount: Int = 1)
        async throws -> Service
    {
        try await call(
            "CreateService",
            [
                "cluster": .string(cluster), "serviceName": .string(name), "taskDefinition": .string(taskDefinition),
                "desiredCount": .int(desiredCount),
            ],
            as: ServiceOutput.self
        ).service
    }
}

extension ECS {
    struct ClusterTaskListOutput: Decodable {
        var taskArns: [String]?
        var nextToken: String?
    }

    struct TaskSummary: Decodable {
        var taskDefinitionArn: String?
    }

    struct DescribeTasksOutput: Decodable {
        var tasks: [TaskSummary]?
    }

    /// The task definition ARN of every task in the cluster (running or pending; all pages, in batches of 100).
    public func taskDefinitionsOfTasks(cluster: String) async throws -> [String] {
        let tasks: [String] = try await collectPages { token in
            var input: [String: JSONInput] = ["cluster": .string(cluster)]
            if let token { input["nextToken"] = .string(token) }
            let output = try await call("ListTasks", input, as: ClusterTaskListOutput.self)
            return Page(items: output.taskArns ?? [], nextToken: output.nextToken)
        }
        var definitions: [String] = []
        for start in stride(from: 0, to: tasks.count, by: 100) {
            let batch = Array(tasks[start..<min(start + 100, tasks.count)])
            let output = try await call(
                "DescribeTasks", ["cluster": .string(cluster), "tasks": .strings(batch)], as: DescribeTasksOutput.self)
            definitions += (output.tasks ?? []).compactMap(\.taskDefinitionArn)
        }
        return definitions
    }
}
