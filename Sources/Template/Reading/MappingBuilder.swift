/// Collects mapping entries while reading, finding duplicate keys in constant time once a mapping
/// grows past a handful of keys (a 1 MB template's Resources can hold thousands).
struct MappingBuilder {
    private(set) var entries: [Mapping.Entry] = []
    private var index: [String: Int]?
    private static let linearLimit = 12
    /// Off when reading back our own output (TemplateReader.ReadOptions.ownOutput): no lookups, no index.
    var checksDuplicates = true

    /// The earlier entry with this key, if any.
    func existing(_ key: String) -> Mapping.Entry? {
        guard checksDuplicates else { return nil }
        if let index { return index[key].map { entries[$0] } }
        // By index: `for entry in entries` would copy (retain and release) every entry it looks at.
        for i in entries.indices where entries[i].key == key { return entries[i] }
        return nil
    }

    /// Takes its arguments over (`consuming`): the readers hand each key and value on and never use them
    /// again, so no copy is made and released per entry.
    mutating func append(_ key: consuming String, keyMark: consuming SourceMark?, value: consuming Node) {
        entries.append(Mapping.Entry(key: key, keyMark: keyMark, value: value))
        guard checksDuplicates else { return }
        if index != nil {
            index![entries[entries.count - 1].key] = entries.count - 1
        } else if entries.count > Self.linearLimit {
            var built = [String: Int](minimumCapacity: entries.count * 2)
            for (i, entry) in entries.enumerated() { built[entry.key] = i }
            index = built
        }
    }

    var mapping: Mapping { Mapping(entries) }

    static func duplicateError(_ key: String, at mark: SourceMark, first: SourceMark?) -> TemplateError {
        let firstPlace = first.map { " (first at \($0.line):\($0.column))" } ?? ""
        return TemplateError(
            mark: mark, message: "duplicate key '\(key)'\(firstPlace); remove or rename one of them",
            reason: .duplicateKey)
    }
}
