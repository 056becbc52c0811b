import AWS
import Findings
import Template

/// A service's desired count that its scalable target moved, and that lies within the target's live
/// [MinCapacity, MaxCapacity], is the scaling doing its job, not drift.
enum DesiredCountRule {
    struct Bounds {
        var min: Int
        var max: Int
    }

    /// Live bounds of each scalable target on an ECS service's desired count, by `service/cluster/name`.
    static func bounds(_ observed: [(logicalId: String, type: String, live: LiveResource)]) -> [String: Bounds] {
        var out: [String: Bounds] = [:]
        for item in observed where item.type == "AWS::ApplicationAutoScaling::ScalableTarget" {
            let properties = item.live.properties
            guard properties["ScalableDimension"]?.stringValue == "ecs:service:DesiredCount",
                let resource = properties["ResourceId"]?.stringValue,
                let low = properties["MinCapacity"].flatMap(int), let high = properties["MaxCapacity"].flatMap(int)
            else { continue }
            out[resource] = Bounds(min: low, max: high)
        }
        return out
    }

    static func int(_ node: Node) -> Int? {
        switch node.value {
        case .number(let text), .string(let text): Int(text)
        default: nil
        }
    }

    /// Removes a service's DesiredCount finding when the live count is within its target's bounds;
    /// returns the note that says so.
    static func apply(
        to result: inout PropertyComparison.Result, logicalId: String, live: LiveResource, bounds: [String: Bounds]
    ) -> String? {
        let path = FindingPath.property(logicalId, "DesiredCount")
        guard let index = result.findings.firstIndex(where: { $0.path == path && $0.kind == .propertyChanged }),
            let actual = live.properties["DesiredCount"].flatMap(int),
            let cluster = live.properties["Cluster"]?.stringValue.map(ARN.lastComponent),
            let service = live.properties["ServiceName"]?.stringValue,
            let range = bounds["service/\(cluster)/\(service)"], range.min <= actual, actual <= range.max
        else { return nil }
        let expected = result.findings[index].expected.map { PropertyComparison.short($0) } ?? "?"
        result.findings.remove(at: index)
        if let entry = result.coverage.firstIndex(where: { $0.path == path }) {
            result.coverage[entry].state = .checked
        }
        return "\(logicalId) DesiredCount is \(actual) (template \(expected)), within its scalable target's "
            + "bounds \(range.min)..\(range.max): scaling, not drift"
    }
}
