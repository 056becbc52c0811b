internal import CYAML

/// The one owner of a libyaml parser and of the input bytes it reads from: libyaml keeps a pointer to
/// the input for the parser's whole life, so the copy lives exactly as long as the parser.
final class YAMLEventParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeMutableBufferPointer<UInt8>
    /// The current event, valid until the next call to `advance()`.
    let event: UnsafeMutablePointer<yaml_event_t>
    private var holdsEvent = false

    init(bytes: UnsafeBufferPointer<UInt8>) {
        input = .allocate(capacity: max(bytes.count, 1))
        _ = input.initialize(from: bytes)
        parser = .allocate(capacity: 1)
        event = .allocate(capacity: 1)
        guard yaml_parser_initialize(parser) == 1 else { fatalError("libyaml could not allocate a parser") }
        yaml_parser_set_input_string(parser, input.baseAddress, bytes.count)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    }

    deinit {
        if holdsEvent { yaml_event_delete(event) }
        yaml_parser_delete(parser)
        parser.deallocate()
        event.deallocate()
        input.deallocate()
    }

    /// Moves to the next event; false when libyaml reports an error (see `failure`).
    func advance() -> Bool {
        if holdsEvent {
            yaml_event_delete(event)
            holdsEvent = false
        }
        guard yaml_parser_parse(parser, event) == 1 else { return false }
        holdsEvent = true
        return true
    }

    struct Failure {
        enum Stage { case reader, scanner, parser, other }
        var stage: Stage
        var problem: String
        var context: String?
        /// Byte offset of the problem in the input.
        var offset: Int
        /// 0-based line and column of the problem (scanner and parser errors).
        var line: Int
        var column: Int
        var contextLine: Int
        var contextColumn: Int
    }

    var failure: Failure {
        let p = parser.pointee
        let stage: Failure.Stage
        switch p.error {
        case YAML_READER_ERROR: stage = .reader
        case YAML_SCANNER_ERROR: stage = .scanner
        case YAML_PARSER_ERROR: stage = .parser
        default: stage = .other
        }
        return Failure(
            stage: stage, problem: p.problem.map { String(cString: $0) } ?? "invalid YAML",
            context: p.context.map { String(cString: $0) },
            offset: stage == .reader ? p.problem_offset : Int(p.problem_mark.index),
            line: Int(p.problem_mark.line), column: Int(p.problem_mark.column),
            contextLine: Int(p.context_mark.line), contextColumn: Int(p.context_mark.column))
    }
}
