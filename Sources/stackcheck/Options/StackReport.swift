import AWS
import Foundation

/// What `describe` prints, as JSON (schemaVersion 1) or as aligned text.
struct StackReport: Encodable {
    struct Stack: Encodable {
        var name: String
        var id: String
        var status: String
        var statusReason: String?
        var description: String?
        var creationTime: Date?
        var lastUpdatedTime: Date?
    }

    struct KeyValue: Encodable {
        var key: String
        var value: String
        var description: String?
        var exportName: String?
    }

    struct Resource: Encodable {
        var logicalId: String
        var type: String
        var status: String
        var physicalId: String?
        var statusReason: String?
    }

    var schemaVersion = 1
    var stack: Stack
    var parameters: [KeyValue]
    var outputs: [KeyValue]
    var resources: [Resource]
    var scalingActivities: [ScalingActivityRow] = []

    init(_ stack: CloudFormation.Stack, resources: [CloudFormation.StackResource]) {
        self.stack = Stack(
            name: stack.stackName, id: stack.stackId, status: stack.status, statusReason: stack.statusReason,
            description: stack.description, creationTime: stack.creationTime, lastUpdatedTime: stack.lastUpdatedTime)
        parameters = stack.parameters.map { KeyValue(key: $0.key, value: $0.resolvedValue ?? $0.value) }
        outputs = stack.outputs.map {
            KeyValue(key: $0.key, value: $0.value, description: $0.description, exportName: $0.exportName)
        }
        self.resources = resources.map {
            Resource(
                logicalId: $0.logicalId, type: $0.resourceType, status: $0.status, physicalId: $0.physicalId,
                statusReason: $0.statusReason)
        }
    }

    var text: String {
        var lines = ["stack   \(stack.name)", "id      \(stack.id)", "status  \(stack.status)"]
        if let reason = stack.statusReason, !reason.isEmpty { lines.append("reason  \(reason)") }
        lines += section("parameters", parameters.map { [$0.key, $0.value] })
        lines += section("outputs", outputs.map { [$0.key, $0.value] })
        lines += section("resources", resources.map { [$0.logicalId, $0.type, $0.status, $0.physicalId ?? "-"] })
        lines += section("scaling activities", scalingActivities.map(\.cells))
        return lines.joined(separator: "\n") + "\n"
    }

    private func section(_ title: String, _ rows: [[String]]) -> [String] {
        guard !rows.isEmpty else { return ["\(title): none"] }
        let widths = (0..<(rows.map(\.count).max() ?? 0)).map { column in
            rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
        }
        return ["\(title) (\(rows.count)):"]
            + rows.map { row in
                "  "
                    + row.enumerated().map { index, cell in
                        index == row.count - 1
                            ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
                    }.joined(separator: "  ")
            }
    }
}
