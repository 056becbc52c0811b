extension NormalizedNode {
    /// Structural equality under the profile the nodes were built with; hashes decide most cases.
    func isEquivalent(to other: NormalizedNode, orderedMappings: Bool) -> Bool {
        if self === other { return true }
        guard hash == other.hash else { return false }
        switch (shape, other.shape) {
        case (.scalar(let left), .scalar(let right)):
            return left == right
        case (.list(let left, let unordered), .list(let right, _)):
            guard left.count == right.count else { return false }
            if unordered {
                return MultisetMatch(left, right, orderedMappings: orderedMappings).isComplete
            }
            return zip(left, right).allSatisfy { $0.isEquivalent(to: $1, orderedMappings: orderedMappings) }
        case (.mapping(let leftKeys, let left), .mapping(let rightKeys, let right)):
            guard left.count == right.count else { return false }
            if orderedMappings, leftKeys != rightKeys { return false }
            for (key, child) in left {
                guard let match = right[key], child.isEquivalent(to: match, orderedMappings: orderedMappings) else {
                    return false
                }
            }
            return true
        default:
            return false
        }
    }
}

/// Pairs equal elements of two lists compared as multisets, first unmatched equal element first.
struct MultisetMatch {
    /// For each left index, the right index it matched, if any.
    var rightForLeft: [Int?]
    /// Right indices no left element matched, ascending.
    var unmatchedRight: [Int]

    init(_ left: [NormalizedNode], _ right: [NormalizedNode], orderedMappings: Bool) {
        var buckets: [Int: [Int]] = [:]
        for (index, node) in right.enumerated() { buckets[node.hash, default: []].append(index) }
        var used = Array(repeating: false, count: right.count)
        rightForLeft = left.map { node in
            guard let candidates = buckets[node.hash] else { return nil }
            for index in candidates where !used[index] {
                if node.isEquivalent(to: right[index], orderedMappings: orderedMappings) {
                    used[index] = true
                    return index
                }
            }
            return nil
        }
        unmatchedRight = used.indices.filter { !used[$0] }
    }

    var isComplete: Bool { rightForLeft.allSatisfy { $0 != nil } && unmatchedRight.isEmpty }
}
