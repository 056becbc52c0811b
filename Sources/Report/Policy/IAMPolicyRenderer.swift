import Findings

/// The two forms `stackcheck iam-policy` prints: the policy document and a commented text listing.
public enum IAMPolicyRenderer {
    /// The policy document, ready for `aws iam put-role-policy --policy-document file://...`.
    public static func json(_ policy: IAMPolicy) -> String {
        JSONValue.object([
            ("Version", .string("2012-10-17")),
            (
                "Statement",
                .array(
                    policy.statements.map { statement in
                        .object([
                            ("Sid", .string(statement.sid)),
                            ("Effect", .string("Allow")),
                            ("Action", .array(statement.actions.map { .string($0) })),
                            (
                                "Resource",
                                statement.resources.count == 1
                                    ? .string(statement.resources[0]) : .array(statement.resources.map { .string($0) })
                            ),
                        ])
                    })
            ),
        ]).pretty
    }

    public static func text(_ policy: IAMPolicy) -> String {
        var lines: [String] = []
        for statement in policy.statements {
            lines.append("\(statement.sid): \(statement.reason)")
            for action in statement.actions { lines.append("  allow \(action)") }
            for resource in statement.resources { lines.append("    on \(resource)") }
        }
        for note in policy.notes { lines.append("note: \(note)") }
        return lines.joined(separator: "\n") + "\n"
    }
}
