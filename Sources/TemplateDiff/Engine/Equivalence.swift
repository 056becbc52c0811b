extension NormalizedNode {
    /// Structural equality under the profile the nodes were built with; hashes decide most cases.
    ///
    /// Not symmetric under a lenient profile: keys and tags only `other` (the right side) has are
    /// allowed there.
    func isEquivalent(to other: NormalizedNode, _ options: ComparisonOptions) -> Bool {
        if self === other { return true }
        if hash != other.hash, decisive, other.decisive { return false }
        switch (shape, other.shape) {
        case (.scalar(let left), .scalar(let right)):
            return left == right
        case (.list(let left, let matching), .list(let right, _)):
            if matching.ignoresExtrasOnRight {
                return MultisetMatch(left, right, options).rightForLeft.allSatisfy { $0 != nil }
            }
            guard left.count == right.count else { return false }
            if !matching.isOrdered { return MultisetMatch(left, right, options).isComplete }
            return zip(left, right).allSatisfy { $0.isEquivalent(to: $1, options) }
        case (.mapping(let leftKeys, let left), .mapping(let rightKeys, let right)):
            if options.ignoresKeysOnlyOnRight {
                guard left.count <= right.count else { return false }
            } else {
                guard left.count == right.count else { return false }
            }
            if options.orderedMappings, leftKeys != rightKeys.filter({ left[$0] != nil }) { return false }
            for (key, child) in left {
                guard let match = right[key], child.isEquivalent(to: match, options) else { return false }
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

    init(_ left: [NormalizedNode], _ right: [NormalizedNode], _ options: ComparisonOptions) {
        var used = Array(repeating: false, count: right.count)
        if left.allSatisfy(\.decisive), right.allSatisfy(\.decisive) {
            var buckets: [Int: [Int]] = [:]
            for (index, node) in right.enumerated() { buckets[node.hash, default: []].append(index) }
            rightForLeft = left.map { node in
                Self.first(node, among: buckets[node.hash] ?? [], of: right, &used, options)
            }
        } else {
            // Hashes cannot rule a pair out when the right may hold more: every pair is tried.
            rightForLeft = left.map { node in Self.first(node, among: right.indices, of: right, &used, options) }
        }
        unmatchedRight = used.indices.filter { !used[$0] }
    }

    private static func first(
        _ node: NormalizedNode, among candidates: some Sequence<Int>, of right: [NormalizedNode], _ used: inout [Bool],
        _ options: ComparisonOptions
    ) -> Int? {
        for index in candidates where !used[index] {
            if node.isEquivalent(to: right[index], options) {
                used[index] = true
                return index
            }
        }
        return nil
    }

    var isComplete: Bool { rightForLeft.allSatisfy { $0 != nil } && unmatchedRight.isEmpty }
}
