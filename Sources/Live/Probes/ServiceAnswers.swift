import AWS

/// The stack's ECS services, described once per pass, cluster by cluster and all clusters at once:
/// running-count judges them and target-health counts the tasks they want, without a second call.
actor ServiceAnswers {
    struct Cluster: Sendable {
        var name: String
        /// The services' ARNs as the stack names them.
        var arns: [String]
        var answer: Result<(services: [ECS.Service], failures: [ECS.Failure]), any Error>
    }

    private let snapshot: StackSnapshot
    private let ecs: ECS
    private var task: Task<[Cluster], Never>?

    init(snapshot: StackSnapshot, ecs: ECS) {
        self.snapshot = snapshot
        self.ecs = ecs
    }

    /// The stack's service ARNs in the stack's order.
    nonisolated var arns: [String] {
        snapshot.resources.filter { $0.type == "AWS::ECS::Service" }.compactMap(\.physicalId)
    }

    func clusters() async -> [Cluster] {
        if let task { return await task.value }
        // An unstructured task keeps the caller's task-locals (the command's deadline and operation scope).
        let started = Task { await Self.describe(snapshot: snapshot, arns: arns, ecs: ecs) }
        task = started
        return await started.value
    }

    /// Every service the stack has that ECS described.
    func services() async -> [ECS.Service] {
        await clusters().flatMap { (try? $0.answer.get().services) ?? [] }
    }

    private static func describe(snapshot: StackSnapshot, arns: [String], ecs: ECS) async -> [Cluster] {
        let fallback = snapshot.resources.first { $0.type == "AWS::ECS::Cluster" }?.physicalId ?? "default"
        let byCluster = Dictionary(grouping: arns) { cluster(ofService: $0) ?? fallback }
        return await withTaskGroup(of: Cluster.self) { group in
            for (cluster, services) in byCluster {
                group.addTask {
                    do {
                        let answer = try await ecs.describeServices(cluster: cluster, services: services)
                        return Cluster(name: cluster, arns: services, answer: .success(answer))
                    } catch {
                        return Cluster(name: cluster, arns: services, answer: .failure(error))
                    }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }.sorted { $0.name < $1.name }
        }
    }

    /// `arn:aws:ecs:r:a:service/cluster/name` names its cluster; the old short form `service/name` does not.
    static func cluster(ofService arn: String) -> String? {
        let parts = arn.split(separator: ":", maxSplits: 5).last?.split(separator: "/") ?? []
        return parts.count == 3 ? String(parts[1]) : nil
    }

    static func lastComponent(_ arn: String?) -> String {
        arn.map { String($0.split(separator: "/").last ?? Substring($0)) } ?? "?"
    }
}
