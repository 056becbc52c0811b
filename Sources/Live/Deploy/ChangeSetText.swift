import AWS

/// How `deploy` shows a change set before running it, and a failure after.
public enum ChangeSetText {
    /// ```
    /// Change set stackcheck-1764168000-k3x9qa (CREATE) for stack prod: 3 changes
    ///   + Add     Cluster    AWS::ECS::Cluster
    ///   ~ Modify  Service    AWS::ECS::Service  (replacement: True)
    ///   - Remove  OldQueue   AWS::SQS::Queue
    /// ```
    public static func render(
        _ changeSet: CloudFormation.ChangeSet, stackName: String, type: CloudFormation.ChangeSetType,
        format: ReviewFormat = .text
    ) -> String {
        if format == .markdown { return markdown(changeSet, stackName: stackName, type: type) }
        let count = changeSet.changes.count
        var lines = [
            "Change set \(changeSet.name) (\(type.rawValue)) for stack \(stackName): "
                + "\(count) change\(count == 1 ? "" : "s")"
        ]
        let width = changeSet.changes.map(\.logicalId.count).max() ?? 0
        for change in changeSet.changes {
            let sign = ["Add": "+", "Modify": "~", "Remove": "-"][change.action] ?? "*"
            var line =
                "  \(sign) \(CloudFormation.StackEvent.pad(change.action, 7)) "
                + "\(CloudFormation.StackEvent.pad(change.logicalId, width))  \(change.resourceType)"
            if let replacement = change.replacement, change.action == "Modify", !replacement.isEmpty {
                line += "  (replacement: \(replacement))"
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// The end of a failed deploy: the stack's status, then each failing resource and its reason.
    public static func failure(
        stackName: String, status: String, reason: String?,
        failures: [CloudFormation.StackEvent]
    ) -> String {
        var lines = ["Deploy failed: stack \(stackName) is \(status)" + (reason.map { " (\($0))" } ?? "")]
        if failures.isEmpty {
            lines.append("  no resource reported a failure; see the stack's events")
        } else {
            lines.append("Failed resources:")
            for event in failures {
                let reason = event.statusReason ?? "no reason given"
                lines.append("  \(event.logicalId) (\(event.resourceType)) \(event.status): \(reason)")
            }
        }
        if status == "ROLLBACK_COMPLETE" {
            lines.append("The stack was rolled back; delete it before deploying again.")
        }
        return lines.joined(separator: "\n")
    }
}
