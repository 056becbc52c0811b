import AWS
import FoundationEssentials
import Findings
import Live
import Report

/// What `describe` prints: its entry in the JSON envelope (`ReportEnvelope`), or aligned text.
struct StackReport {
    struct KeyValue {
        var key: String
        var value: String
        var description: String?
        var exportName: String?
    }

    var stack: StackSnapshot
    var region: String
    var verdict: StackStatusVerdict
    var parameters: [KeyValue]
    var outputs: [KeyValue]
    var resources: [StackSnapshot.Resource]
    var scalingActivities: [ScalingActivityRow] = []

    init(_ stack: StackSnapshot) {
        self.stack = stack
        region = stack.region
        verdict = stack.verdict
        // DescribeStacks' own order, with the outputs' descriptions and export names.
        let described = stack.described
        parameters =
            described?.parameters.map { KeyValue(key: $0.key, value: $0.resolvedValue ?? $0.value) }
            ?? stack.parameters.sorted { $0.key < $1.key }.map { KeyValue(key: $0.key, value: $0.value) }
        outputs =
            described?.outputs.map {
                KeyValue(key: $0.key, value: $0.value, description: $0.description, exportName: $0.exportName)
            } ?? stack.outputs.sorted { $0.key < $1.key }.map { KeyValue(key: $0.key, value: $0.value) }
        resources = stack.resources
    }

    /// `{"stack", "region", "status": SETTLED|IN_PROGRESS|FAILED|UNKNOWN, "exitCode", "stackStatus", ...}`.
    var json: JSONValue {
        let time = { (date: Date?) in JSONValue.string(date.map { UTCTime($0).iso8601 }) }
        let pairs = { (items: [KeyValue]) in
            JSONValue.array(
                items.map { item in
                    var fields: [(String, JSONValue)] = [("key", .string(item.key)), ("value", .string(item.value))]
                    if let description = item.description { fields.append(("description", .string(description))) }
                    if let exportName = item.exportName { fields.append(("exportName", .string(exportName))) }
                    return .object(fields)
                })
        }
        return .object(
            ReportEnvelope.head(
                stack: stack.name, region: region, status: verdict.name, exitCode: verdict.exitCode)
                + [
                    ("id", .string(stack.stackId)), ("stackStatus", .string(stack.status)),
                    ("stackStatusReason", .string(stack.statusReason)),
                    ("description", .string(stack.described?.description)),
                    ("creationTime", time(stack.described?.creationTime)),
                    ("lastUpdatedTime", time(stack.described?.lastUpdatedTime)),
                    ("parameters", pairs(parameters)), ("outputs", pairs(outputs)),
                    (
                        "resources",
                        .array(
                            resources.map {
                                .object([
                                    ("logicalId", .string($0.logicalId)), ("type", .string($0.type)),
                                    ("status", .string($0.status)), ("physicalId", .string($0.physicalId)),
                                    ("statusReason", .string($0.statusReason)),
                                ])
                            })
                    ),
                    ("scalingActivities", .array(scalingActivities.map(\.json))),
                ])
    }

    var text: String {
        var lines = ["stack   \(stack.name)", "id      \(stack.stackId)", "status  \(stack.status)"]
        if let reason = stack.statusReason, !reason.isEmpty { lines.append("reason  \(reason)") }
        if verdict != .settled {
            lines.append("verdict \(StackStatusVerdict.describe(stack: stack.name, status: stack.status))")
        }
        lines += section("parameters", parameters.map { [$0.key, $0.value] })
        lines += section("outputs", outputs.map { [$0.key, $0.value] })
        lines += section(
            "resources", resources.map { [$0.logicalId, $0.type, $0.status, $0.physicalId ?? "-"] })
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
                            ? cell : cell.padded(to: widths[index])
                    }.joined(separator: "  ")
            }
    }
}

extension ScalingActivityRow {
    /// One activity in `describe`'s JSON entry.
    var json: JSONValue {
        .object([
            ("resourceId", .string(resourceId)), ("status", .string(status)), ("description", .string(description)),
            ("cause", .string(cause)),
            ("startTime", .string(startTime.map { UTCTime($0).iso8601 })),
        ])
    }
}
