import Template

extension NormalizationRule {
    /// Rule 5: a resource's `DependsOn: A` equals `DependsOn: [A]`, and the list's order is ignored.
    ///
    /// The string becomes a one-element list with the string's mark, and the list compares as a
    /// multiset, so a missing dependency is reported as one removed element at its own index.
    public static let dependsOnAsSet = NormalizationRule(
        name: "dependson-set",
        summary: "DependsOn as a string equals a one-element list; its order does not matter",
        rewrite: { node, context in
            guard context.isResourceAttribute("DependsOn"), case .string = node.value else { return node }
            return .list([node], mark: node.mark)
        },
        unorderedList: { context in context.isResourceAttribute("DependsOn") })
}
