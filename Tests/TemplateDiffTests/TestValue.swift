import Findings
import Template
import TemplateDiff
import Testing

/// Swift literals for template values, so a test reads like the template it builds.
/// Dictionary literals keep their order; `.number("2.0")` keeps a number's exact text.
indirect enum TV: Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case list([TV])
    case mapping([(String, TV)])

    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .number(String(value)) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(nilLiteral: ()) { self = .null }
    init(arrayLiteral elements: TV...) { self = .list(elements) }
    init(dictionaryLiteral elements: (String, TV)...) { self = .mapping(elements) }

    var node: Node {
        switch self {
        case .string(let text): .string(text)
        case .number(let text): .number(text)
        case .bool(let flag): .bool(flag)
        case .null: .null
        case .list(let items): .list(items.map(\.node))
        case .mapping(let pairs): .mapping(Mapping(pairs.map { Mapping.Entry(key: $0.0, value: $0.1.node) }))
        }
    }
}

/// Differences as `kind path` lines, the shape most assertions compare.
func summary(_ left: TV, _ right: TV, profile: EquivalenceProfileName = .cfn) -> [String] {
    TemplateDiffer.diff(left.node, right.node, profile: profile.profile).map { "\($0.kind.rawValue) \($0.path)" }
}

func equal(_ left: TV, _ right: TV, _ profile: EquivalenceProfileName = .cfn) -> Bool {
    let same = TemplateDiffer.equivalent(left.node, right.node, profile: profile.profile)
    // The two entry points must agree, and the relation must be symmetric.
    #expect(same == TemplateDiffer.diff(left.node, right.node, profile: profile.profile).isEmpty)
    #expect(same == TemplateDiffer.equivalent(right.node, left.node, profile: profile.profile))
    #expect(same == TemplateDiffer.diff(right.node, left.node, profile: profile.profile).isEmpty)
    return same
}

enum EquivalenceProfileName {
    case cfn, strict
    var profile: EquivalenceProfile { self == .cfn ? .cfn : .strict }
}
