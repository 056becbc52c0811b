internal import CYAML

/// Whether YAML that our writer made reads back as exactly `expected`, decided while libyaml's events go
/// past, without building a tree: roundtrip reads every template's YAML back, and building, comparing and
/// freeing a second tree per file was a good part of its work.
///
/// It answers true only for what it reads exactly as `YAMLReader` does, through the same parts: libyaml's
/// events, `ScalarResolver` for plain scalars, `YAMLTags` for tagged scalars and short forms. Anything
/// else (an anchor, an alias, a merge key, a tag on a key, a standard tag on a collection, a second
/// document, a libyaml error) or the first difference answers false, and the caller then reads the text
/// with `YAMLReader` and reports what differs from that tree. So a false costs time, never a verdict: a
/// true must mean that `YAMLReader` gives a tree equal to `expected`, which the tests check side by side.
/// Keys and strings are compared as bytes (`utf8Equals`), which can only send a file down the slower path.
struct YAMLReadBack {
    /// One open collection of `expected`, and how far the events have come through it. A struct whose
    /// position changes in place: the arrays it holds are neither copied nor retained per event.
    private struct Frame {
        var entries: [Mapping.Entry] = []
        var items: [Node] = []
        let isMapping: Bool
        var index = 0
        /// In a mapping: the key at `index` has been read and matched; its value comes next.
        var awaitingValue = false
        /// The long-form depth, as `YAMLReader` counts it (a short form adds a mapping): past
        /// `TemplateLimits.maxDepth` the reader refuses the text, so this answers false.
        let depth: Int
    }

    private var stack: [Frame] = []
    private var expectedRoot: Node?

    static func matches(_ bytes: [UInt8], _ expected: Node) -> Bool {
        // The reader refuses a template that is not a mapping at the top.
        guard expected.mappingValue != nil else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            var check = YAMLReadBack(expectedRoot: expected)
            return check.run(YAMLEventParser(bytes: ByteOrderMark.dropped(buffer)))
        }
    }

    private init(expectedRoot: Node) { self.expectedRoot = expectedRoot }

    private mutating func run(_ events: YAMLEventParser) -> Bool {
        var documents = 0
        while events.advance() {
            let event = events.event.pointee
            switch event.type {
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 { return false }
            case YAML_SCALAR_EVENT:
                guard scalar(event) else { return false }
            case YAML_SEQUENCE_START_EVENT:
                let start = event.data.sequence_start
                guard start.anchor == nil, open(isMapping: false, tag: start.tag) else { return false }
            case YAML_MAPPING_START_EVENT:
                let start = event.data.mapping_start
                guard start.anchor == nil, open(isMapping: true, tag: start.tag) else { return false }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard close() else { return false }
            case YAML_ALIAS_EVENT:
                return false
            case YAML_STREAM_END_EVENT:
                // The whole expected tree was read: the root was taken and every collection closed.
                return expectedRoot == nil && stack.isEmpty && documents == 1
            default: break
            }
        }
        return false
    }

    /// Whether the next event is a key (the top collection is a mapping whose key has not been read).
    private var atKey: Bool {
        guard let top = stack.indices.last else { return false }
        return stack[top].isMapping && !stack[top].awaitingValue
    }

    /// The node the next value must equal, taken (the position moves past it); nil when there is none
    /// (the collection has no more entries or items, or the root was read already).
    private mutating func takeExpected() -> Node? {
        guard let top = stack.indices.last else {
            defer { expectedRoot = nil }
            return expectedRoot
        }
        let index = stack[top].index
        if stack[top].isMapping {
            guard stack[top].awaitingValue else { return nil }
            stack[top].awaitingValue = false
            stack[top].index = index + 1
            return stack[top].entries[index].value
        }
        guard index < stack[top].items.count else { return nil }
        stack[top].index = index + 1
        return stack[top].items[index]
    }

    private var depth: Int { stack.last?.depth ?? 0 }

    private mutating func scalar(_ event: yaml_event_t) -> Bool {
        let data = event.data.scalar
        guard data.anchor == nil else { return false }
        let bytes = UnsafeBufferPointer(start: data.value, count: data.length)
        if atKey {
            let top = stack.count - 1
            let index = stack[top].index
            guard data.tag == nil, !YAMLMergeKey.isMergeKey(bytes, tag: nil, style: data.style),
                index < stack[top].entries.count, stack[top].entries[index].key.utf8Equals(bytes)
            else { return false }
            stack[top].awaitingValue = true
            return true
        }
        guard let expected = takeExpected() else { return false }
        if let rawTag = data.tag {
            // Tagged scalars are few and small (`!Ref X`, `!!float 1e5`): built and compared as the reader builds them.
            let tag = String(cString: rawTag)
            let name = YAMLTags.shortFormName(tag)
            if let name, depth + (name == "GetAtt" ? 2 : 1) > TemplateLimits.maxDepth { return false }
            if let name, name != "GetAtt" {
                // Most of them (`!Ref X`, `!Sub ...`): the text as the only value of a one-entry mapping, as
                // `YAMLTags.scalar` and `YAMLTags.longForm` build it, compared without building it.
                guard case .string(let text) = Self.argument(of: expected, shortForm: name)?.value else { return false }
                return text.utf8Equals(bytes)
            }
            guard let node = try? YAMLTags.scalar(bytes, tag: tag, at: nil, errorAt: SourceMark(file: "", line: 1, column: 1))
            else { return false }
            return (name.map { YAMLTags.longForm(name: $0, argument: node, at: nil) } ?? node) == expected
        }
        guard data.style == YAML_PLAIN_SCALAR_STYLE else {
            if case .string(let text) = expected.value { return text.utf8Equals(bytes) }
            return false
        }
        // As `YAMLReader.scalar` turns a resolved plain scalar into a value.
        switch (ScalarResolver.resolve(bytes), expected.value) {
        case (.null, .null): return true
        case (.bool(let flag), .bool(let wanted)): return flag == wanted
        case (.number, .number(let text)): return text.utf8Equals(bytes)
        case (.string, .string(let text)), (.timestamp, .string(let text)): return text.utf8Equals(bytes)
        default: return false
        }
    }

    private mutating func open(isMapping: Bool, tag rawTag: UnsafeMutablePointer<yaml_char_t>?) -> Bool {
        guard !atKey, var expected = takeExpected() else { return false }
        var collectionDepth = depth + 1
        if let rawTag {
            // A short form on a collection (`!Join [...]`, `!If [...]`) stands for a one-entry mapping
            // holding it; any other tag on a collection goes the reader's way.
            guard let name = YAMLTags.shortFormName(String(cString: rawTag)),
                let argument = Self.argument(of: expected, shortForm: name)
            else { return false }
            expected = argument
            collectionDepth += 1
        }
        guard collectionDepth <= TemplateLimits.maxDepth else { return false }
        switch expected.value {
        case .mapping(let mapping) where isMapping:
            stack.append(Frame(entries: mapping.entries, isMapping: true, depth: collectionDepth))
        case .list(let items) where !isMapping:
            stack.append(Frame(items: items, isMapping: false, depth: collectionDepth))
        default: return false
        }
        return true
    }

    /// What a short form `!name` stands for in `expected`: the value of its one-entry long-form mapping
    /// (`{"Fn::Sub": ...}`, `{"Ref": ...}`), or nil when `expected` is not that mapping.
    private static func argument(of expected: Node, shortForm name: String) -> Node? {
        guard case .mapping(let wrapper) = expected.value, wrapper.count == 1,
            wrapper.entries[0].key == ShortFormTags.longKey(forTagName: name)
        else { return nil }
        return wrapper.entries[0].value
    }

    /// A collection ends: all of its expected entries or items must have been read.
    private mutating func close() -> Bool {
        guard let frame = stack.popLast() else { return false }
        return frame.isMapping
            ? !frame.awaitingValue && frame.index == frame.entries.count : frame.index == frame.items.count
    }
}
