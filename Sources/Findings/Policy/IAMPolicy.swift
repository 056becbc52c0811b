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
