internal import CYAML

/// The one owner of a libyaml emitter, collecting its output in memory. Settings: UTF-8 kept as is,
/// 2-space indent, no line folding (long `!Sub` strings stay on one line), `\n` line breaks.
final class YAMLEmitter {
    enum Style { case plain, singleQuoted, literal }

    private let emitter: UnsafeMutablePointer<yaml_emitter_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    private var output: [UInt8] = []

    init() {
        emitter = .allocate(capacity: 1)
        event = .allocate(capacity: 1)
        guard yaml_emitter_initialize(emitter) == 1 else { fatalError("libyaml could not allocate an emitter") }
        output.reserveCapacity(1 << 16)
        yaml_emitter_set_output(
            emitter,
            { context, buffer, size in
                let me = Unmanaged<YAMLEmitter>.fromOpaque(context!).takeUnretainedValue()
                me.output.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
                return 1
            }, Unmanaged.passUnretained(self).toOpaque())
        yaml_emitter_set_unicode(emitter, 1)
        yaml_emitter_set_indent(emitter, 2)
        yaml_emitter_set_width(emitter, -1)
        yaml_emitter_set_break(emitter, YAML_LN_BREAK)
        yaml_stream_start_event_initialize(event, YAML_UTF8_ENCODING)
        emit()
        yaml_document_start_event_initialize(event, nil, nil, nil, 1)
        emit()
    }

    deinit {
        yaml_emitter_delete(emitter)
        emitter.deallocate()
        event.deallocate()
    }

    /// Ends the document and returns everything written.
    func finish() -> [UInt8] {
        yaml_document_end_event_initialize(event, 1)
        emit()
        yaml_stream_end_event_initialize(event)
        emit()
        yaml_emitter_flush(emitter)
        return output
    }

    /// Emits a scalar. With a tag the tag is always written; without one, `style` is a request that
    /// libyaml overrides when the text cannot be written that way (it then quotes).
    func scalar(_ text: String, tag: String? = nil, style: Style) {
        let cStyle: yaml_scalar_style_t
        switch style {
        case .plain: cStyle = YAML_PLAIN_SCALAR_STYLE
        case .singleQuoted: cStyle = YAML_SINGLE_QUOTED_SCALAR_STYLE
        case .literal: cStyle = YAML_LITERAL_SCALAR_STYLE
        }
        // A C string always has a valid pointer, even when empty (libyaml copies `length` bytes from it).
        text.withCString { value in
            let implicit: Int32 = tag == nil ? 1 : 0
            withTag(tag) { cTag in
                yaml_scalar_event_initialize(
                    event, nil, cTag, UnsafeRawPointer(value).assumingMemoryBound(to: UInt8.self),
                    Int32(text.utf8.count), implicit, implicit, cStyle)
            }
        }
        emit()
    }

    /// A sequence; `flow` writes it on one line (`[a, b]`), and everything inside it is then flow too.
    func sequenceStart(tag: String? = nil, flow: Bool = false) {
        let style = flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE
        withTag(tag) { yaml_sequence_start_event_initialize(event, nil, $0, tag == nil ? 1 : 0, style) }
        emit()
    }

    func sequenceEnd() {
        yaml_sequence_end_event_initialize(event)
        emit()
    }

    func mappingStart(tag: String? = nil) {
        withTag(tag) {
            yaml_mapping_start_event_initialize(event, nil, $0, tag == nil ? 1 : 0, YAML_BLOCK_MAPPING_STYLE)
        }
        emit()
    }

    func mappingEnd() {
        yaml_mapping_end_event_initialize(event)
        emit()
    }

    private func withTag(_ tag: String?, _ body: (UnsafePointer<UInt8>?) -> Int32) {
        let ok: Int32
        if let tag {
            ok = tag.withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self)) }
        } else {
            ok = body(nil)
        }
        precondition(ok == 1, "libyaml rejected an event it was built to accept")
    }

    private func emit() {
        // The emitter takes ownership of the event and frees it, on success and failure alike.
        guard yaml_emitter_emit(emitter, event) == 1 else {
            let problem = emitter.pointee.problem.map { String(cString: $0) } ?? "unknown"
            preconditionFailure("libyaml emitter failed: \(problem)")
        }
    }
}
