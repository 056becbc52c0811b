internal import CYAML

/// One open collection while events stream in.
struct YAMLFrame {
    let isMapping: Bool
    let mark: SourceMark?
    let raw: yaml_mark_t
    let tag: String?
    let anchor: String?
    let startCount: Int
    var items: [Node] = []
    var builder = MappingBuilder()
    var key: String?
    var keyMark: SourceMark?
    /// Set while the value of this mapping's merge key `<<` is being read; it goes to `merged`, not `builder`.
    var readingMerge = false
    /// Where `<<` appeared (errors point there), and the mapping or list of mappings it merges.
    var mergeRaw: yaml_mark_t?
    var merged: Node?
}
