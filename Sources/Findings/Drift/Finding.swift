import Template

/// One difference between the live stack and the template, at a logical resource and a JSON Pointer
/// into the template's long form (`/Resources/Svc/Properties/DesiredCount`).
public struct Finding: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// In the template, not in the stack.
        case missing
        /// In the stack, not in the template.
        case unexpected
        /// The stack's resource has another type than the template's.
        case typeChanged
        /// The resource is not in a `*_COMPLETE` state.
        case notComplete
        /// The deployed template (GetTemplate) differs from the template given.
        case templateChanged
        /// A property's live value differs from the template's resolved value.
        case propertyChanged
        /// The stack lists the resource, but its service no longer has it.
        case resourceDeleted
        /// CloudFormation's own drift detection reported it (with `--cloudformation-drift`).
        case cloudFormationDrift
        /// An accepted-drift entry is past its expiry date.
        case acceptanceExpired
        /// In the stack's scope (its cluster, load balancer, tag) but not in the stack: made outside CloudFormation.
        case unmanaged
        /// The stack itself failed, rolled back or is being deleted (`StackStatusVerdict` in Live).
        case stackStatus = "stack-status"
    }

    public var logicalId: String
    public var resourceType: String
    public var kind: Kind
    public var path: String
    public var expected: Node?
    public var actual: Node?
    public var explanation: String
    /// Set when an accepted-drift entry covers this finding: shown, but it does not fail the run.
    public var acceptance: Acceptance?

    public init(
        logicalId: String, resourceType: String, kind: Kind, path: String, expected: Node? = nil,
        actual: Node? = nil, explanation: String, acceptance: Acceptance? = nil
    ) {
        self.logicalId = logicalId
        self.resourceType = resourceType
        self.kind = kind
        self.path = path
        self.expected = expected
        self.actual = actual
        self.explanation = explanation
        self.acceptance = acceptance
    }

    public var isAccepted: Bool { acceptance != nil }
}

/// Why a finding is accepted, as the user wrote it in the accepted-drift file.
public struct Acceptance: Sendable, Equatable {
    public var reason: String
    /// `YYYY-MM-DD`, the last day the acceptance holds.
    public var expires: String
    /// Where the entry was written, for messages.
    public var mark: SourceMark?

    public init(reason: String, expires: String, mark: SourceMark? = nil) {
        self.reason = reason
        self.expires = expires
        self.mark = mark
    }

    public static func == (lhs: Acceptance, rhs: Acceptance) -> Bool {
        lhs.reason == rhs.reason && lhs.expires == rhs.expires
    }
}
