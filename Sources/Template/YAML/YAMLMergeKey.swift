internal import CYAML

/// YAML 1.1 merge keys (`<<: *defaults`, `<<: [*a, *b]`), merged as PyYAML (cfn-lint, cfn-flip) and
/// SnakeYAML do, rather than kept as a literal `<<` key that CloudFormation would reject:
///
/// - the mapping's own keys win over merged ones, wherever `<<` stands among them;
/// - in a list, an earlier mapping wins over a later one;
/// - keys come in PyYAML's order: merged keys first (the list's last mapping first), then the mapping's
///   own keys that were not merged; each keeps the value and marks of the entry that wins.
///
/// Only a plain `<<` (or `!!merge <<`) is a merge key; a quoted `'<<'` is an ordinary key.
enum YAMLMergeKey {
    static let tag = YAMLTags.standardPrefix + "merge"

    static func isMergeKey(_ bytes: UnsafeBufferPointer<UInt8>, tag: String?, style: yaml_scalar_style_t) -> Bool {
        if tag == Self.tag { return true }
        return tag == nil && style == YAML_PLAIN_SCALAR_STYLE && bytes.count == 2
            && bytes[0] == UInt8(ascii: "<") && bytes[1] == UInt8(ascii: "<")
    }

    /// The mapping's entries with `merged` (the value of `<<`) merged in.
    static func merge(_ own: [Mapping.Entry], with merged: Node, at mark: SourceMark) throws(TemplateError) -> Mapping {
        var sources: [Mapping] = []
        switch merged.value {
        case .mapping(let mapping): sources = [mapping]
        case .list(let items):
            for item in items {
                guard case .mapping(let mapping) = item.value else { throw notMappings(item, at: mark) }
                sources.append(mapping)
            }
        default: throw notMappings(merged, at: mark)
        }
        // PyYAML builds `merge + own`, the list's mappings in reverse, then lets the last entry for a key win
        // while the key stays where it first appeared.
        let all = sources.reversed().flatMap(\.entries) + own
        var position: [String: Int] = [:]
        var entries: [Mapping.Entry] = []
        entries.reserveCapacity(all.count)
        for entry in all {
            if let index = position[entry.key] {
                entries[index].value = entry.value
                entries[index].keyMark = entry.keyMark
            } else {
                position[entry.key] = entries.count
                entries.append(entry)
            }
        }
        return Mapping(entries)
    }

    private static func notMappings(_ node: Node, at mark: SourceMark) -> TemplateError {
        TemplateError(
            mark: node.mark ?? mark,
            message: "the merge key '<<' takes a mapping or a list of mappings, found \(TemplateReading.kind(node));"
                + " quote '<<' if you meant a key named <<",
            reason: .mergeKey)
    }
}
