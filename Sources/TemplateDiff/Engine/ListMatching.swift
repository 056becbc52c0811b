/// How the elements of two lists pair up for comparison.
public enum ListMatching: Sendable, Equatable {
    /// By position; an insertion or removal is found as such (the default).
    case ordered
    /// As a multiset: same members in any order. A member edited in one field pairs with its edit,
    /// so the difference points at that field; other members are removed or added.
    case set
    /// Members pair up by the value of a field (`Name`, `Key`, `PolicyName`) in any order and
    /// compare inside, so a difference points into the changed member.
    case keyed(by: String)
    /// Keyed, and members only the right side has are not differences (tags a service or
    /// CloudFormation add beside the template's own).
    case keyedSubset(by: String)

    var isOrdered: Bool { self == .ordered }

    /// The field members pair up by, if any.
    var keyField: String? {
        switch self {
        case .keyed(let field), .keyedSubset(let field): field
        case .ordered, .set: nil
        }
    }

    var ignoresExtrasOnRight: Bool {
        if case .keyedSubset = self { return true }
        return false
    }
}

/// What a comparison of two normalized trees ignores, from the profile's rules.
struct ComparisonOptions {
    var orderedMappings: Bool
    var ignoresKeysOnlyOnRight: Bool

    init(profile: EquivalenceProfile) {
        orderedMappings = !profile.ignoresMappingOrder
        ignoresKeysOnlyOnRight = profile.rules.contains { $0.ignoresKeysOnlyOnRight }
    }
}
