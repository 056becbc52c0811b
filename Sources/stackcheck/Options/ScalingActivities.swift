import AWS
import FoundationEssentials
import Live

/// `describe`'s recent scaling activities: for each scalable target of the stack, Application Auto
/// Scaling's latest activities (the seed README's `describe-scaling-activities`), newest first.
struct ScalingActivityRow: Encodable {
    var resourceId: String
    var status: String
    var description: String
    var cause: String?
    var startTime: Date?

    /// The stack's scalable targets' activities; a target that cannot be read is a row saying why.
    static func load(client: AWSClient, resources: [StackSnapshot.Resource], limit: Int = 5) async
        -> [ScalingActivityRow]
    {
        // A ScalableTarget's physical id is `resource-id|scalable-dimension|service-namespace`.
        let targets = resources.filter { $0.type == "AWS::ApplicationAutoScaling::ScalableTarget" }
            .compactMap { $0.physicalId?.split(separator: "|").map(String.init) }
            .filter { $0.count == 3 }
        let scaling = client.applicationAutoScaling
        return await withTaskGroup(of: (Int, [ScalingActivityRow]).self) { group in
            for (index, target) in targets.enumerated() {
                group.addTask {
                    do {
                        let activities = try await scaling.describeScalingActivities(
                            serviceNamespace: target[2], resourceId: target[0], limit: limit)
                        return (
                            index,
                            activities.map {
                                ScalingActivityRow(
                                    resourceId: target[0], status: $0.statusCode ?? "?",
                                    description: $0.description ?? "", cause: $0.cause, startTime: $0.startTime)
                            }
                        )
                    } catch {
                        return (
                            index,
                            [ScalingActivityRow(resourceId: target[0], status: "not read", description: "\(error)")]
                        )
                    }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }

    var cells: [String] {
        let time = startTime.map { UTCTime($0).iso8601 } ?? "-"
        return [time, resourceId, status, description + (cause.map { " (\($0))" } ?? "")]
    }
}
