import Template

/// A node after a profile's rewrites, with a structural hash, built once per diff.
///
/// The hash lets list matching and equality checks skip unequal subtrees at once, which keeps the
/// whole diff linear in the templates' size. Equal hashes are always confirmed structurally.
final class NormalizedNode {
    enum Shape {
        case scalar(key: String)
        case list([NormalizedNode], matching: ListMatching)
        case mapping(keys: [String], children: [String: NormalizedNode])
    }

    /// The node as rewritten (its children may still be in their original form): what a
    /// difference reports, with the mark it was read at.
    let node: Node
    let shape: Shape
    let hash: Int
    /// Whether unequal hashes prove the nodes differ: not so where the right side may hold more
    /// (keys the service fills in, tags it adds) than an equivalent left.
    let decisive: Bool

    init(node: Node, shape: Shape, hash: Int, decisive: Bool) {
        self.node = node
        self.shape = shape
        self.hash = hash
        self.decisive = decisive
    }

    /// The child at `key` of a mapping.
    func child(_ key: String) -> NormalizedNode? {
        if case .mapping(_, let children) = shape { return children[key] }
        return nil
    }

    /// The comparison text of a scalar.
    var scalarKey: String? {
        if case .scalar(let key) = shape { return key }
        return nil
    }

    var kindName: String {
        switch shape {
        case .scalar: "scalar"
        case .list: "list"
        case .mapping: "mapping"
        }
    }
}

/// Builds normalized trees under one profile.
struct Normalizer {
    let profile: EquivalenceProfile
    private let rewrites: [@Sendable (Node, NodeContext) -> Node]
    private let listMatchings: [@Sendable (NodeContext) -> ListMatching?]
    private let scalarKeys: [@Sendable (Node) -> String?]
    private let orderedMappings: Bool
    private let lenientMappings: Bool

    init(profile: EquivalenceProfile) {
        self.profile = profile
        rewrites = profile.rules.compactMap(\.rewrite)
        listMatchings = profile.rules.compactMap(\.listMatching)
        scalarKeys = profile.rules.compactMap(\.scalarKey)
        let options = ComparisonOptions(profile: profile)
        orderedMappings = options.orderedMappings
        lenientMappings = options.ignoresKeysOnlyOnRight
    }

    func normalize(_ root: Node) -> NormalizedNode {
        var path: [String] = []
        return build(root, path: &path)
    }

    private func build(_ original: Node, path: inout [String]) -> NormalizedNode {
        var node = original
        if !rewrites.isEmpty {
            let context = NodeContext(path: path)
            for rewrite in rewrites { node = rewrite(node, context) }
        }
        var hasher = Hasher()
        let shape: NormalizedNode.Shape
        var decisive = true
        switch node.value {
        case .list(let items):
            let matching = listMatching(at: path)
            var children: [NormalizedNode] = []
            children.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                path.append(String(index))
                let child = build(item, path: &path)
                decisive = decisive && child.decisive
                children.append(child)
                path.removeLast()
            }
            hasher.combine(1)
            hasher.combine(children.count)
            if matching.isOrdered {
                for child in children { hasher.combine(child.hash) }
            } else {
                // Order-free: a sum of the element hashes.
                hasher.combine(children.reduce(0) { $0 &+ $1.hash })
            }
            decisive = decisive && !matching.ignoresExtrasOnRight
            shape = .list(children, matching: matching)
        case .mapping(let mapping):
            var children: [String: NormalizedNode] = [:]
            children.reserveCapacity(mapping.count)
            var orderFree = 0
            hasher.combine(2)
            hasher.combine(mapping.count)
            for entry in mapping.entries {
                path.append(entry.key)
                let child = build(entry.value, path: &path)
                path.removeLast()
                decisive = decisive && child.decisive
                children[entry.key] = child
                var entryHasher = Hasher()
                entryHasher.combine(entry.key)
                entryHasher.combine(child.hash)
                if orderedMappings {
                    hasher.combine(entryHasher.finalize())
                } else {
                    orderFree &+= entryHasher.finalize()
                }
            }
            if !orderedMappings { hasher.combine(orderFree) }
            decisive = decisive && !lenientMappings
            shape = .mapping(keys: mapping.keys, children: children)
        default:
            let key = scalarKey(node)
            hasher.combine(0)
            hasher.combine(key)
            shape = .scalar(key: key)
        }
        return NormalizedNode(node: node, shape: shape, hash: hasher.finalize(), decisive: decisive)
    }

    private func listMatching(at path: [String]) -> ListMatching {
        guard !listMatchings.isEmpty else { return .ordered }
        let context = NodeContext(path: path)
        for test in listMatchings {
            if let found = test(context) { return found }
        }
        return .ordered
    }

    private func scalarKey(_ node: Node) -> String {
        for key in scalarKeys {
            if let found = key(node) { return found }
        }
        switch node.value {
        case .null: return "null"
        case .bool(let flag): return flag ? "bool:true" : "bool:false"
        case .number(let text): return "number:" + text
        case .string(let text): return "string:" + text
        case .list, .mapping: return ""
        }
    }
}
