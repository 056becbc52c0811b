/// Writes the value tree as block-style YAML through libyaml's emitter, using CloudFormation's short
/// forms where they read back identically, and quoting every string that would resolve otherwise.
struct YAMLWriter {
    private let emitter = YAMLEmitter()

    static func write(_ node: Node) -> String { String(decoding: bytes(node), as: UTF8.self) }

    static func bytes(_ node: Node) -> [UInt8] {
        let writer = YAMLWriter()
        writer.node(node)
        return writer.emitter.finish()
    }

    private func node(_ node: Node) {
        switch node.value {
        case .mapping(let mapping):
            if let name = YAMLWriter.shortFormName(mapping) {
                tagged(name, mapping.entries[0].value)
            } else {
                emitter.mappingStart()
                entries(mapping)
                emitter.mappingEnd()
            }
        case .list(let items):
            emitter.sequenceStart()
            self.items(items)
            emitter.sequenceEnd()
        case .string(let text): string(text)
        case .number(let text):
            switch YAMLQuoting.numberForm(text) {
            case .plain: emitter.scalar(text, style: .plain)
            case .floatTag: emitter.scalar(text, tag: YAMLTags.standardPrefix + "float", style: .plain)
            case nil: string(text)
            }
        case .bool(let flag): emitter.scalar(flag ? "true" : "false", style: .plain)
        case .null: emitter.scalar("null", style: .plain)
        }
    }

    /// By index, in the array's own buffer: `for entry in entries` copies (retains and releases) every entry
    /// and item it visits, and so did `mapping.entries[i].value` through the array, each node and its mark
    /// copied and destroyed through their types' value witnesses.
    private func entries(_ mapping: Mapping) {
        mapping.entries.withUnsafeBufferPointer { entries in
            for i in entries.indices {
                key(entries[i].key)
                node(entries[i].value)
            }
        }
    }

    private func items(_ items: [Node]) {
        items.withUnsafeBufferPointer { items in
            for i in items.indices { node(items[i]) }
        }
    }

    private func key(_ text: String) {
        emitter.scalar(text, style: YAMLQuoting.needsQuotes(text) ? .singleQuoted : .plain)
    }

    private func string(_ text: String, tag: String? = nil) {
        let style = text.withUTF8Bytes { bytes -> YAMLEmitter.Style in
            if bytes.isEmpty { return .singleQuoted }
            // libyaml falls back to double quotes when a block scalar cannot hold the text.
            if bytes.contains(0x0A) { return .literal }
            return tag == nil && YAMLQuoting.needsQuotes(bytes) ? .singleQuoted : .plain
        }
        emitter.scalar(text, tag: tag, style: style)
    }

    /// The tag name of the short form for a one-key intrinsic mapping (its argument is the one entry's
    /// value), when it reads back as the same long form: the argument must be text, a list or a mapping
    /// that is not itself written with a tag (YAML has no tag on a tag), since a tagged number or boolean
    /// would read back as text. The name alone, not a copy of the argument: a copied node was copied and
    /// destroyed through its type's value witnesses, for every one-key mapping written.
    static func shortFormName(_ mapping: Mapping) -> String? {
        guard mapping.count == 1, let name = ShortFormTags.tagName(forKey: mapping.entries[0].key) else { return nil }
        switch mapping.entries[0].value.value {
        case .string: return name == "GetAtt" ? nil : name  // `!GetAtt A.B` would read back as a list
        case .list: return name
        case .mapping(let inner): return name != "GetAtt" && shortFormName(inner) == nil ? name : nil
        case .number, .bool, .null: return nil
        }
    }

    private func tagged(_ name: String, _ argument: Node) {
        let tag = "!" + name
        switch argument.value {
        case .string(let text): string(text, tag: tag)
        case .list(let items):
            if name == "GetAtt", let dotted = YAMLWriter.dottedGetAtt(items) {
                return string(dotted, tag: tag)
            }
            emitter.sequenceStart(tag: tag, flow: YAMLFlowStyle.fits(items))
            self.items(items)
            emitter.sequenceEnd()
        case .mapping(let mapping):
            emitter.mappingStart(tag: tag)
            entries(mapping)
            emitter.mappingEnd()
        case .number, .bool, .null: preconditionFailure("shortForm excludes scalar arguments")
        }
    }

    /// `["A", "B.C"]` as `A.B.C`, only when splitting at the first dot gives the same two strings back.
    static func dottedGetAtt(_ items: [Node]) -> String? {
        guard items.count == 2, case .string(let resource) = items[0].value,
            case .string(let attribute) = items[1].value,
            !resource.utf8.contains(UInt8(ascii: ".")), !resource.utf8.contains(0x0A), !attribute.utf8.contains(0x0A)
        else { return nil }
        return resource + "." + attribute
    }
}
