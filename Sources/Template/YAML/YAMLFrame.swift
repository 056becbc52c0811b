internal import CYAML

/// One open collection while events stream in.
struct YAMLFrame {
    let isMapping: Bool
    /// Long-form depth of this collection (a short-form tag on it adds the mapping around it).
    let depth: Int
    let mark: SourceMark?
    let raw: yaml_mark_t
    let tag: String?
    let anchor: String?
    let startCount: Int
    /// Where this list's items start on the reader's pending items (unused for a mapping).
    let itemsStart: Int
    /// This mapping's entries (for a list, an empty builder that is never used).
    var builder: MappingBuilder
    var key: String?
    var keyMark: SourceMark?
    /// Set while the value of this mapping's merge key `<<` is being read; it goes to `merged`, not `builder`.
    var readingMerge = false
    /// Where `<<` appeared (errors point there), and the mapping or list of mappings it merges.
    var mergeRaw: yaml_mark_t?
    var merged: Node?
}

extension YAMLFrame {
    /// Levels of collections in a node: what an alias to it adds to the depth where it is used.
    static func height(_ node: Node) -> Int {
        switch node.value {
        case .list(let items): 1 + (items.map(height).max() ?? 0)
        case .mapping(let mapping): 1 + (mapping.entries.map { height($0.value) }.max() ?? 0)
        case .null, .bool, .number, .string: 0
        }
    }
}
