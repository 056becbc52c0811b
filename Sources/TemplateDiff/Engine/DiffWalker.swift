import Template

/// Walks two normalized trees side by side and collects their differences in document order.
struct DiffWalker {
    let options: ComparisonOptions
    private(set) var differences: [Difference] = []
    private var path: [String] = []

    init(options: ComparisonOptions) { self.options = options }

    mutating func compare(_ left: NormalizedNode, _ right: NormalizedNode) {
        if left.isEquivalent(to: right, options) { return }
        switch (left.shape, right.shape) {
        case (.mapping(let leftKeys, let leftChildren), .mapping(let rightKeys, let rightChildren)):
            compareMappings(left, right, leftKeys, leftChildren, rightKeys, rightChildren)
        case (.list(let leftItems, let matching), .list(let rightItems, _)):
            if matching.isOrdered {
                compareSequences(leftItems, rightItems)
            } else {
                compareMembers(leftItems, rightItems, matching)
            }
        default:
            emit(.changed, left.node, right.node)
        }
    }

    private mutating func compareMappings(
        _ left: NormalizedNode, _ right: NormalizedNode,
        _ leftKeys: [String], _ leftChildren: [String: NormalizedNode],
        _ rightKeys: [String], _ rightChildren: [String: NormalizedNode]
    ) {
        if options.orderedMappings {
            let leftCommon = leftKeys.filter { rightChildren[$0] != nil }
            let rightCommon = rightKeys.filter { leftChildren[$0] != nil }
            if leftCommon != rightCommon {
                emit(.changed, Self.keyList(left.node, leftCommon), Self.keyList(right.node, rightCommon))
            }
        }
        var seen = Set<String>()
        for key in leftKeys where seen.insert(key).inserted {
            path.append(key)
            if let match = rightChildren[key] {
                compare(leftChildren[key]!, match)
            } else {
                emit(.removed, leftChildren[key]!.node, nil)
            }
            path.removeLast()
        }
        // Under a lenient profile a key only the right has is the service's own value, not a difference.
        let added = options.ignoresKeysOnlyOnRight ? [] : rightKeys
        for key in added where leftChildren[key] == nil && seen.insert(key).inserted {
            path.append(key)
            emit(.added, nil, rightChildren[key]!.node)
            path.removeLast()
        }
    }

    private mutating func compareSequences(_ left: [NormalizedNode], _ right: [NormalizedNode]) {
        let steps = SequenceDiff.steps(left.map(\.hash), right.map(\.hash))
        var deleted: [Int] = []
        var inserted: [Int] = []
        for step in steps {
            switch step {
            case .delete(let i): deleted.append(i)
            case .insert(let j): inserted.append(j)
            case .same(let i, let j):
                flush(left, right, &deleted, &inserted)
                // Equal hashes are confirmed; a collision becomes an ordinary change.
                element(i) { $0.compare(left[i], right[j]) }
            }
        }
        flush(left, right, &deleted, &inserted)
    }

    /// One run of edits between two equal elements: pairs become changes, the rest removals or insertions.
    private mutating func flush(
        _ left: [NormalizedNode], _ right: [NormalizedNode], _ deleted: inout [Int], _ inserted: inout [Int]
    ) {
        let paired = min(deleted.count, inserted.count)
        for index in 0..<paired {
            element(deleted[index]) { $0.compare(left[deleted[index]], right[inserted[index]]) }
        }
        for i in deleted.dropFirst(paired) { element(i) { $0.emit(.removed, left[i].node, nil) } }
        for j in inserted.dropFirst(paired) { element(j) { $0.emit(.added, nil, right[j].node) } }
        deleted.removeAll(keepingCapacity: true)
        inserted.removeAll(keepingCapacity: true)
    }

    /// Lists whose order does not matter: equal members pair first, then a left member pairs with an
    /// unmatched right one of the same key (keyed lists) or one that differs from it in one field only
    /// (sets), and their differences are reported inside it; the rest are removed or added.
    private mutating func compareMembers(
        _ left: [NormalizedNode], _ right: [NormalizedNode], _ matching: ListMatching
    ) {
        let match = MultisetMatch(left, right, options)
        var unmatched = match.unmatchedRight
        for (i, matched) in match.rightForLeft.enumerated() where matched == nil {
            let partner = unmatched.firstIndex { j in
                if let field = matching.keyField {
                    guard let key = left[i].child(field)?.scalarKey else { return false }
                    return key == right[j].child(field)?.scalarKey
                }
                return oneFieldApart(left[i], right[j])
            }
            if let partner {
                let j = unmatched.remove(at: partner)
                element(i) { $0.compare(left[i], right[j]) }
            } else {
                element(i) { $0.emit(.removed, left[i].node, nil) }
            }
        }
        guard !matching.ignoresExtrasOnRight else { return }
        for j in unmatched { element(j) { $0.emit(.added, nil, right[j].node) } }
    }

    /// Two mappings that agree on at least one key and differ in exactly one: an edit of one member.
    private func oneFieldApart(_ left: NormalizedNode, _ right: NormalizedNode) -> Bool {
        guard case .mapping(let leftKeys, let leftChildren) = left.shape,
            case .mapping(let rightKeys, let rightChildren) = right.shape
        else { return false }
        var same = 0
        var differing = 0
        for key in leftKeys {
            if let other = rightChildren[key], leftChildren[key]!.isEquivalent(to: other, options) {
                same += 1
            } else {
                differing += 1
            }
        }
        if !options.ignoresKeysOnlyOnRight { differing += rightKeys.filter { leftChildren[$0] == nil }.count }
        return same > 0 && differing == 1
    }

    private mutating func element(_ index: Int, _ body: (inout DiffWalker) -> Void) {
        path.append(String(index))
        body(&self)
        path.removeLast()
    }

    private mutating func emit(_ kind: Difference.Kind, _ left: Node?, _ right: Node?) {
        differences.append(Difference(kind: kind, path: JSONPointer.pointer(path), left: left, right: right))
    }

    /// The keys of a mapping as a list of strings marked where each key was read.
    private static func keyList(_ mapping: Node, _ keys: [String]) -> Node {
        let marks = Dictionary(
            (mapping.mappingValue?.entries ?? []).map { ($0.key, $0.keyMark ?? $0.value.mark) },
            uniquingKeysWith: { first, _ in first })
        return .list(keys.map { Node.string($0, mark: marks[$0] ?? nil) }, mark: mapping.mark)
    }
}
