/// The checks and error texts every reader shares, so JSON and YAML fail the same way.
enum TemplateReading {
    static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "0x\(digits[Int(b >> 4)])\(digits[Int(b & 15)])"
    }

    static func describe(_ b: UInt8) -> String {
        if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        return hex(b)
    }

    /// ` at LINE:COLUMN` for pointing back at where something started, when marks are kept.
    static func at(_ mark: SourceMark?) -> String {
        mark.map { " at \($0.line):\($0.column)" } ?? ""
    }

    static func emptyError(_ mark: SourceMark) -> TemplateError {
        TemplateError(
            mark: mark, message: "the template is empty; a template is a mapping with at least a Resources section",
            reason: .empty)
    }

    static func depthError(_ mark: SourceMark) -> TemplateError {
        TemplateError(
            mark: mark,
            message: "nesting deeper than \(TemplateLimits.maxDepth) levels; flatten the template",
            reason: .tooDeep)
    }

    static func notMappingError(_ node: Node, file: String) -> TemplateError {
        TemplateError(
            mark: node.mark ?? SourceMark(file: file, line: 1, column: 1),
            message: "a template must be a mapping at the top level, found \(kind(node))", reason: .notMapping)
    }

    /// `a list`, `a string`, `null`...: what a node is, for error messages.
    static func kind(_ node: Node) -> String {
        switch node.value {
        case .list: "a list"
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        case .mapping: "a mapping"
        }
    }

    static func tooLargeError(size: Int, file: String) -> TemplateError {
        TemplateError(
            mark: SourceMark(file: file, line: 1, column: 1),
            message: "the template is \(size) bytes, over CloudFormation's \(TemplateLimits.maxBytes)-byte limit;"
                + " split it into nested stacks", reason: .tooLarge)
    }

    /// Checks size and encoding before any parsing, so both readers report them identically.
    static func checkBytes(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, enforceSizeLimit: Bool = true
    ) throws(TemplateError) {
        if enforceSizeLimit, bytes.count > TemplateLimits.maxBytes {
            throw tooLargeError(size: bytes.count, file: file)
        }
        if let bad = UTF8Check.firstInvalidOffset(bytes) {
            let skip = ByteOrderMark.length(bytes)
            var text = SourceText(bytes: ByteOrderMark.dropped(bytes), file: file)
            throw TemplateError(
                mark: text.mark(at: bad - skip),
                message: "invalid UTF-8 (byte \(hex(bytes[bad]))); save the file as UTF-8", reason: .invalidUTF8)
        }
    }

    /// JSON when the first meaningful byte opens an object or array, YAML otherwise.
    static func sniff(_ bytes: UnsafeBufferPointer<UInt8>) -> TemplateFormat {
        var i = ByteOrderMark.length(bytes)
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0A, 0x0D: i += 1
            case UInt8(ascii: "{"): return .json
            default: return .yaml
            }
        }
        return .yaml
    }
}
