/// Collects one mapping's entries while reading, on the reader's stack of pending entries, finding
/// duplicate keys in constant time once a mapping grows past a handful of keys (a 1 MB template's
/// Resources can hold thousands).
struct MappingBuilder {
    /// Where this mapping's entries start on the pending stack.
    let start: Int
    /// Key to position on the pending stack, once the mapping is past `linearLimit` keys.
    private var index: [String: Int]?
    private static let linearLimit = 12
    /// Off when reading back our own output (TemplateReader.ReadOptions.ownOutput): no lookups, no index.
    private let checksDuplicates: Bool

    init(on pending: PendingStack<Mapping.Entry>, checksDuplicates: Bool) {
        start = pending.count
        self.checksDuplicates = checksDuplicates
    }

    /// The earlier entry with this key, if any.
    func existing(_ key: String, in pending: PendingStack<Mapping.Entry>) -> Mapping.Entry? {
        guard checksDuplicates else { return nil }
        if let index { return index[key].map { pending[$0] } }
        var i = start
        while i < pending.count {
            if pending[i].key == key { return pending[i] }
            i += 1
        }
        return nil
    }

    /// Takes its arguments over (`consuming`): the readers hand each key and value on and never use them
    /// again, so no copy is made and released per entry.
    mutating func append(
        _ key: consuming String, keyMark: consuming SourceMark?, value: consuming Node,
        to pending: PendingStack<Mapping.Entry>
    ) {
        pending.push(Mapping.Entry(key: consume key, keyMark: consume keyMark, value: consume value))
        guard checksDuplicates else { return }
        let last = pending.count - 1
        if index != nil {
            index![pending[last].key] = last
        } else if last - start >= Self.linearLimit {
            var built = [String: Int](minimumCapacity: (last - start + 1) * 2)
            for i in start...last { built[pending[i].key] = i }
            index = built
        }
    }

    /// The finished mapping, its entries moved off the pending stack.
    func finish(_ pending: PendingStack<Mapping.Entry>) -> Mapping { Mapping(pending.pop(from: start)) }

    static func duplicateError(_ key: String, at mark: SourceMark, first: SourceMark?) -> TemplateError {
        let firstPlace = first.map { " (first at \($0.line):\($0.column))" } ?? ""
        return TemplateError(
            mark: mark, message: "duplicate key '\(key)'\(firstPlace); remove or rename one of them",
            reason: .duplicateKey)
    }
}
