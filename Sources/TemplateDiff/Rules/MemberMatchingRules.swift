import Template

extension NormalizationRule {
    /// Lists the service treats as sets (subnets, security group rules, ARNs): same members in any
    /// order. A member edited in one field is reported at that field, with both values.
    public static func set(at places: ResourcePath...) -> NormalizationRule {
        NormalizationRule(
            name: "set", summary: "lists at \(places.text) are sets: same members in any order",
            listMatching: { places.matches($0) ? .set : nil })
    }

    /// Lists of named members (containers by `Name`, inline policies by `PolicyName`, attributes by
    /// `Key`): members pair up by `field` in any order and compare inside, so a difference points
    /// into the changed member.
    public static func keyed(by field: String, at places: ResourcePath...) -> NormalizationRule {
        NormalizationRule(
            name: "keyed-by-\(field)", summary: "lists at \(places.text) pair their members by \(field), in any order",
            listMatching: { places.matches($0) ? .keyed(by: field) : nil })
    }

    /// Tags: every tag of the left (the template) is on the right with its value, in any order; tags
    /// only the right has (CloudFormation's `aws:` tags, stack-level tags) are not differences.
    public static func tags(at places: ResourcePath...) -> NormalizationRule {
        NormalizationRule(
            name: "tags", summary: "tags at \(places.text) pair by Key; tags only the live resource has are its own",
            listMatching: { places.matches($0) ? .keyedSubset(by: "Key") : nil })
    }
}
