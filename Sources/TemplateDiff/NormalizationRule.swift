import Template

/// Where a node sits in the template: the reference tokens from the root (`["Resources", "Svc"]`).
public struct NodeContext: Sendable {
    public var path: [String]

    public init(path: [String]) { self.path = path }

    /// True for `/Resources/<logical id>/<attribute>`, the place of DependsOn, Condition, Properties.
    public func isResourceAttribute(_ name: String) -> Bool {
        path.count == 3 && path[0] == "Resources" && path[2] == name
    }
}

/// One named, documented equivalence of a profile.
///
/// A rule works through any of five hooks, so a new rule (set-like SecurityGroupIds, IAM policy
/// normalization) is a new value and never an edit of the others:
/// - `rewrite` turns a node into its canonical form before comparison (applied top-down, in rule
///   order, before the node's children are visited). Rewrites must keep marks, so a difference
///   found inside the rewritten node still points at the file.
/// - `listMatching` says how a list at this place pairs its elements (in order, as a set, by a key
///   field); the first rule that answers wins, and without one a list is ordered.
/// - `scalarKey` gives the text that scalars compare by; the first rule that answers wins, and
///   without one a scalar compares by its kind and exact text.
/// - `ignoresMappingOrder` says key order of mappings does not matter.
/// - `ignoresKeysOnlyOnRight` says a key only the right side's mapping has is not a difference (the
///   right being a live resource, whose service fills in what the template leaves to it).
public struct NormalizationRule: Sendable {
    public var name: String
    public var summary: String
    public var rewrite: (@Sendable (Node, NodeContext) -> Node)?
    public var listMatching: (@Sendable (NodeContext) -> ListMatching?)?
    public var scalarKey: (@Sendable (Node) -> String?)?
    public var ignoresMappingOrder: Bool
    public var ignoresKeysOnlyOnRight: Bool

    public init(
        name: String, summary: String,
        rewrite: (@Sendable (Node, NodeContext) -> Node)? = nil,
        listMatching: (@Sendable (NodeContext) -> ListMatching?)? = nil,
        scalarKey: (@Sendable (Node) -> String?)? = nil,
        ignoresMappingOrder: Bool = false,
        ignoresKeysOnlyOnRight: Bool = false
    ) {
        self.name = name
        self.summary = summary
        self.rewrite = rewrite
        self.listMatching = listMatching
        self.scalarKey = scalarKey
        self.ignoresMappingOrder = ignoresMappingOrder
        self.ignoresKeysOnlyOnRight = ignoresKeysOnlyOnRight
    }

    /// A rule whose lists at `places` compare as multisets.
    public init(
        name: String, summary: String, rewrite: (@Sendable (Node, NodeContext) -> Node)? = nil,
        unorderedList: @escaping @Sendable (NodeContext) -> Bool
    ) {
        self.init(
            name: name, summary: summary, rewrite: rewrite, listMatching: { unorderedList($0) ? .set : nil })
    }
}

extension Node {
    /// The single key and value of a one-entry mapping, the shape of every intrinsic function.
    var intrinsic: (name: String, argument: Node)? {
        guard let mapping = mappingValue, mapping.count == 1 else { return nil }
        return (mapping.entries[0].key, mapping.entries[0].value)
    }

    /// This node with its one-entry mapping's value replaced, key mark and node mark kept.
    func replacingIntrinsicArgument(with argument: Node) -> Node {
        guard var mapping = mappingValue, mapping.count == 1 else { return self }
        mapping.entries[0].value = argument
        return Node(.mapping(mapping), mark: mark)
    }
}
