import Template

/// A set of equivalences two templates are compared under.
///
/// `cfn` is what CloudFormation itself treats as the same template (DESIGN.md, seven rules);
/// `strict` compares the value model exactly: kinds, text, list order and mapping key order.
public struct EquivalenceProfile: Sendable {
    public var name: String
    public var rules: [NormalizationRule]

    public init(name: String, rules: [NormalizationRule]) {
        self.name = name
        self.rules = rules
    }

    public static let cfn = EquivalenceProfile(
        name: "cfn",
        rules: [
            .shortFormIsLongForm, .getAttDottedString, .getAZsCurrentRegion, .scalarsByMeaning,
            .dependsOnAsSet, .subWithoutVariables, .mappingOrderIgnored,
        ])

    public static let strict = EquivalenceProfile(name: "strict", rules: [])

    /// `cfn`, and IAM policy documents compared as IAM evaluates them (statement order, a string for a
    /// one-element list, the default `Version`): templates that grant the same, written differently.
    /// Not part of `cfn`, because CloudFormation itself updates a resource whose policy text changed.
    public static let iam = EquivalenceProfile(
        name: "iam", rules: cfn.rules + [.iamPolicy(at: ResourcePath.policyDocuments)])

    /// The built-in profiles, by the name the CLI and reports use.
    public static let all: [EquivalenceProfile] = [.cfn, .iam, .strict]

    /// A template against the live resources it made (drift): `cfn`, values the service fills in, and
    /// the rules the resource's checker declares for its places (sets, keyed lists, tags, policies).
    public static func live(_ rules: [NormalizationRule]) -> EquivalenceProfile {
        EquivalenceProfile(name: "live", rules: cfn.rules + [.serviceDefaults] + rules)
    }

    public static func named(_ name: String) -> EquivalenceProfile? { all.first { $0.name == name } }

    /// This profile with one more rule, for opt-in equivalences; the name records the addition.
    public func adding(_ rule: NormalizationRule) -> EquivalenceProfile {
        EquivalenceProfile(name: "\(name)+\(rule.name)", rules: rules + [rule])
    }

    var ignoresMappingOrder: Bool { rules.contains { $0.ignoresMappingOrder } }
}
