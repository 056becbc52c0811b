internal import CYAML

/// Builds the long-form value tree from libyaml's events under the CloudFormation schema: short-form
/// tags become their long form, plain scalars resolve by `ScalarResolver`, keys are always their own
/// text, merge keys are merged, and depth, aliases and documents are bounded.
struct YAMLReader {
    private let events: YAMLEventParser
    private var text: SourceText
    private let file: String
    private(set) var warnings: [TemplateWarning] = []
    private var stack: [YAMLFrame] = []
    /// The open collections' entries and items, moved into each collection's array when it closes.
    private let pendingEntries = PendingStack<Mapping.Entry>()
    private let pendingItems = PendingStack<Node>()
    private var root: Node?
    private var anchors: [String: (node: Node, size: Int)] = [:]
    private var nodeCount = 0
    private var aliasNodes = 0
    /// Each warning once per file: a template may use one alias or one misspelt tag a thousand times.
    private var warned: Set<String> = []
    private let keepMarks: Bool
    private let checkDuplicates: Bool

    init(bytes: UnsafeBufferPointer<UInt8>, file: String, keepMarks: Bool = true, checkDuplicates: Bool = true) {
        self.keepMarks = keepMarks
        self.checkDuplicates = checkDuplicates
        let body = ByteOrderMark.dropped(bytes)
        events = YAMLEventParser(bytes: body)
        text = SourceText(bytes: body, file: file)
        self.file = file
    }

    mutating func readDocument() throws(TemplateError) -> Node {
        var documents = 0
        while true {
            guard events.advance() else { throw YAMLErrors.libyaml(events.failure, text: &text) }
            let event = events.event.pointee
            switch event.type {
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw TemplateError(
                        mark: mark(event.start_mark),
                        message: "a second YAML document starts here; a template is a single document", reason: .syntax)
                }
            case YAML_SCALAR_EVENT: try scalar(event)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT: try open(event)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT: try close()
            case YAML_ALIAS_EVENT: try alias(event)
            case YAML_STREAM_END_EVENT:
                guard let root else {
                    throw TemplateReading.emptyError(SourceMark(file: file, line: 1, column: 1))
                }
                return root
            default: break
            }
        }
    }

    private func mark(_ m: yaml_mark_t) -> SourceMark {
        SourceMark(file: file, line: Int(m.line) + 1, column: Int(m.column) + 1)
    }

    /// The mark a node keeps: nil when reading without marks. Errors always use `mark(_:)`.
    private func nodeMark(_ m: yaml_mark_t) -> SourceMark? { keepMarks ? mark(m) : nil }

    private var expectsKey: Bool {
        guard let top = stack.indices.last else { return false }
        return stack[top].isMapping && stack[top].key == nil
    }

    private mutating func scalar(_ event: yaml_event_t) throws(TemplateError) {
        let data = event.data.scalar
        let raw = event.start_mark
        let at = nodeMark(raw)
        let bytes = UnsafeBufferPointer(start: data.value, count: data.length)
        let tag = data.tag.map { String(cString: $0) }
        if expectsKey {
            if YAMLMergeKey.isMergeKey(bytes, tag: tag, style: data.style) { return try startMerge(raw) }
            if let tag, YAMLTags.shortFormName(tag) != nil {
                throw TemplateError(
                    mark: mark(raw),
                    message: "a key cannot be an intrinsic function (\(tag)); write the key as plain text",
                    reason: .badKey)
            }
            let key = String(decoding: bytes, as: UTF8.self)
            try setKey(key, at: at, raw: raw)
            if let anchor = data.anchor { anchors[String(cString: anchor)] = (Node(.string(key), mark: at), 1) }
            return
        }
        if stack.isEmpty, tag == nil, bytes.isEmpty {
            // A file of only comments or `---` holds an empty plain scalar.
            throw TemplateReading.emptyError(SourceMark(file: file, line: 1, column: 1))
        }
        let node: Node
        if let tag {
            // Named once here: the checks below and the long form all need it.
            let name = YAMLTags.shortFormName(tag)
            if let name {
                // `!GetAtt A.B` is a mapping holding a list; any other short form, a mapping.
                try checkDepth(depth + (name == "GetAtt" ? 2 : 1), at: raw)
            }
            node = try tagged(
                YAMLTags.scalar(bytes, tag: tag, at: at, errorAt: mark(raw)), shortFormName: name, raw: raw)
        } else if data.style == YAML_PLAIN_SCALAR_STYLE {
            switch ScalarResolver.resolve(bytes) {
            case .null: node = Node(.null, mark: at)
            case .bool(let flag): node = Node(.bool(flag), mark: at)
            case .number:
                let number = String(decoding: bytes, as: UTF8.self)
                if let message = YAMLWarnings.octal(number) { warn(message, at: raw) }
                node = Node(.number(number), mark: at)
            case .string, .timestamp: node = Node(.string(String(decoding: bytes, as: UTF8.self)), mark: at)
            }
        } else {
            node = Node(.string(String(decoding: bytes, as: UTF8.self)), mark: at)
        }
        nodeCount += 1
        if let anchor = data.anchor { anchors[String(cString: anchor)] = (node, 1) }
        attach(node)
    }

    private mutating func startMerge(_ raw: yaml_mark_t) throws(TemplateError) {
        let top = stack.count - 1
        if let first = stack[top].mergeRaw {
            throw TemplateError(
                mark: mark(raw),
                message: "a second merge key '<<' in this mapping (first at \(first.line + 1):\(first.column + 1));"
                    + " merge several mappings with one '<<: [*a, *b]'",
                reason: .duplicateKey)
        }
        stack[top].mergeRaw = raw
        stack[top].readingMerge = true
        stack[top].key = "<<"
        warn(YAMLWarnings.mergeKey, at: raw)
    }

    private mutating func warn(_ message: String, at raw: yaml_mark_t) {
        if warned.insert(message).inserted { warnings.append(TemplateWarning(mark: mark(raw), message: message)) }
    }

    private mutating func setKey(_ key: String, at: SourceMark?, raw: yaml_mark_t) throws(TemplateError) {
        let top = stack.count - 1
        if let first = stack[top].builder.existing(key, in: pendingEntries) {
            throw MappingBuilder.duplicateError(key, at: mark(raw), first: first.keyMark)
        }
        stack[top].key = key
        stack[top].keyMark = at
    }

    private mutating func open(_ event: yaml_event_t) throws(TemplateError) {
        let isMapping = event.type == YAML_MAPPING_START_EVENT
        let raw = event.start_mark
        if expectsKey {
            throw TemplateError(
                mark: mark(raw),
                message: "a key must be plain text, found a \(isMapping ? "mapping" : "list"); write the key as text",
                reason: .badKey)
        }
        let rawTag = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
        let rawAnchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
        let tag = rawTag.map { String(cString: $0) }
        if let tag { try YAMLTags.checkCollection(tag, isMapping: isMapping, at: mark(raw)) }
        let collectionDepth = depth + (tag.flatMap(YAMLTags.shortFormName) == nil ? 1 : 2)
        try checkDepth(collectionDepth, at: raw)
        let frame = YAMLFrame(
            isMapping: isMapping, depth: collectionDepth, mark: nodeMark(raw), raw: raw, tag: tag,
            anchor: rawAnchor.map { String(cString: $0) },
            startCount: nodeCount, itemsStart: pendingItems.count,
            builder: MappingBuilder(on: pendingEntries, checksDuplicates: checkDuplicates))
        stack.append(consume frame)
    }

    private mutating func close() throws(TemplateError) {
        let frame = stack.removeLast()
        var node: Node
        if frame.isMapping {
            var mapping = frame.builder.finish(pendingEntries)
            if let merged = frame.merged, let at = frame.mergeRaw {
                mapping = try YAMLMergeKey.merge(mapping.entries, with: merged, at: mark(at))
            }
            node = Node(.mapping(mapping), mark: frame.mark)
        } else {
            node = Node(.list(pendingItems.pop(from: frame.itemsStart)), mark: frame.mark)
        }
        if let tag = frame.tag { node = try tagged(node, shortFormName: YAMLTags.shortFormName(tag), raw: frame.raw) }
        nodeCount += 1
        if let anchor = frame.anchor { anchors[anchor] = (node, nodeCount - frame.startCount) }
        attach(node)
    }

    private mutating func alias(_ event: yaml_event_t) throws(TemplateError) {
        let raw = event.start_mark
        let at = mark(raw)
        let name = String(cString: event.data.alias.anchor)
        guard let (node, size) = anchors[name] else {
            throw TemplateError(
                mark: at, message: "alias '*\(name)' has no anchor '&\(name)' before it; define the anchor first")
        }
        try checkDepth(depth + YAMLFrame.height(node), at: raw)
        aliasNodes += size
        if aliasNodes > TemplateLimits.maxAliasNodes {
            throw TemplateError(
                mark: at,
                message:
                    "YAML aliases expand to more than \(TemplateLimits.maxAliasNodes) nodes;"
                    + " write the values out instead",
                reason: .aliasLimit)
        }
        warn(YAMLWarnings.alias(name), at: raw)
        if expectsKey {
            guard case .string(let key) = node.value else {
                throw TemplateError(
                    mark: at, message: "alias '*\(name)' used as a key is not text; write the key out", reason: .badKey)
            }
            return try setKey(key, at: nodeMark(raw), raw: raw)
        }
        nodeCount += size
        attach(Node(node.value, mark: nodeMark(raw)))
    }

    /// The long-form depth of the innermost open collection: what the JSON written from it will nest to,
    /// so that both readers refuse the same templates (a short form such as `!Ref` adds a mapping).
    private var depth: Int { stack.last?.depth ?? 0 }

    private func checkDepth(_ depth: Int, at raw: yaml_mark_t) throws(TemplateError) {
        if depth > TemplateLimits.maxDepth { throw TemplateReading.depthError(mark(raw)) }
    }

    /// Takes the node over (`consuming`): it is handed on to its collection without a copy.
    private mutating func attach(_ node: consuming Node) {
        guard let top = stack.indices.last else {
            root = consume node
            return
        }
        if stack[top].isMapping {
            let key = stack[top].key.take()!
            if stack[top].readingMerge {
                stack[top].readingMerge = false
                stack[top].merged = consume node
                return
            }
            stack[top].builder.append(
                key, keyMark: stack[top].keyMark.take(), value: consume node, to: pendingEntries)
        } else {
            pendingItems.push(consume node)
        }
    }

    /// Applies a tag to a finished node: short forms become their long form, standard tags are checked.
    private mutating func tagged(_ node: Node, shortFormName: String?, raw: yaml_mark_t) throws(TemplateError) -> Node {
        guard let name = shortFormName else { return node }
        if !ShortFormTags.isKnown(tagName: name) {
            warn(YAMLWarnings.unknownTag(name), at: raw)
        }
        return YAMLTags.longForm(name: name, argument: node, at: nodeMark(raw))
    }
}
