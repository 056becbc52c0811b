import Template

/// Compares two templates under an equivalence profile.
///
/// The result is in document order: a mapping's keys in the left file's order (keys only on the
/// right follow), list elements by index. Equal inputs give an empty list.
///
/// Equal inputs are also the common case (a deployed template is the one in the repository, most live
/// properties hold what the template set), so both entry points first compare the trees as they are
/// (`Node ==`, marks ignored), which allocates nothing, and normalize only when that fails: rewrites are
/// functions of the node and its place, so equal trees normalize to equal trees, which no rule tells apart.
public enum TemplateDiffer {
    public static func diff(_ left: Node, _ right: Node, profile: EquivalenceProfile = .cfn) -> [Difference] {
        if left == right { return [] }
        let normalizer = Normalizer(profile: profile)
        var walker = DiffWalker(options: ComparisonOptions(profile: profile))
        walker.compare(normalizer.normalize(left), normalizer.normalize(right))
        return walker.differences
    }

    public static func equivalent(_ left: Node, _ right: Node, profile: EquivalenceProfile = .cfn) -> Bool {
        if left == right { return true }
        let normalizer = Normalizer(profile: profile)
        let options = ComparisonOptions(profile: profile)
        return normalizer.normalize(left).isEquivalent(to: normalizer.normalize(right), options)
    }
}
