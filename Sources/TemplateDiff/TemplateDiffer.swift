import Template

/// Compares two templates under an equivalence profile.
///
/// The result is in document order: a mapping's keys in the left file's order (keys only on the
/// right follow), list elements by index. Equal inputs give an empty list.
public enum TemplateDiffer {
    public static func diff(_ left: Node, _ right: Node, profile: EquivalenceProfile = .cfn) -> [Difference] {
        let normalizer = Normalizer(profile: profile)
        var walker = DiffWalker(options: ComparisonOptions(profile: profile))
        walker.compare(normalizer.normalize(left), normalizer.normalize(right))
        return walker.differences
    }

    public static func equivalent(_ left: Node, _ right: Node, profile: EquivalenceProfile = .cfn) -> Bool {
        let normalizer = Normalizer(profile: profile)
        let options = ComparisonOptions(profile: profile)
        return normalizer.normalize(left).isEquivalent(to: normalizer.normalize(right), options)
    }
}
