/// An IAM identity policy as data: what `stackcheck iam-policy` prints. Each statement carries why its
/// resources are what they are (IAM has no comment field: the JSON form keeps the reason in the `Sid`,
/// the text form writes it out).
public struct IAMPolicy: Sendable, Equatable {
    public struct Statement: Sendable, Equatable {
        /// Letters and digits only, as IAM requires.
        public var sid: String
        public var actions: [String]
        public var resources: [String]
        public var reason: String

        public init(sid: String, actions: [String], resources: [String], reason: String) {
            self.sid = sid
            self.actions = actions
            self.resources = resources
            self.reason = reason
        }
    }

    public var statements: [Statement]
    /// What the policy deliberately leaves out, for the text form.
    public var notes: [String]

    public init(statements: [Statement], notes: [String] = []) {
        self.statements = statements
        self.notes = notes
    }

    public var actions: [String] { statements.flatMap(\.actions).sorted() }
}

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
