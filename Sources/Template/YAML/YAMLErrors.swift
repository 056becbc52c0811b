import TextBasics

/// Turns libyaml's failures into one-line diagnostics that say what to do, recognising the common
/// cases (a tab in the indentation, a file cut short) by where the problem points.
enum YAMLErrors {
    static func libyaml(_ failure: YAMLEventParser.Failure, text: inout SourceText) -> TemplateError {
        let bytes = text.bytes
        let file = text.file
        if failure.stage == .reader {
            let at = text.mark(at: failure.offset)
            let what = failure.offset < bytes.count ? " (found \(TemplateReading.hex(bytes[failure.offset])))" : ""
            return TemplateError(
                mark: at, message: "\(failure.problem)\(what); remove the character or save the file as UTF-8 text",
                reason: failure.problem.containsText("UTF-8") ? .invalidUTF8 : .syntax)
        }
        let at = SourceMark(file: file, line: failure.line + 1, column: failure.column + 1)
        let offset = failure.offset
        if offset < bytes.count, bytes[offset] == 0x09 || failure.problem.containsText("tab") {
            return TemplateError(
                mark: at, message: "a tab character in the indentation; YAML indents with spaces only, replace the tab",
                reason: .tab)
        }
        if isAtEnd(offset, bytes) {
            let context =
                failure.context.map { " \($0) at \(failure.contextLine + 1):\(failure.contextColumn + 1)" } ?? ""
            return TemplateError(
                mark: at, message: "unexpected end of file (\(failure.problem)\(context)); the file looks truncated",
                reason: .truncated)
        }
        let context =
            failure.context.map { " (\($0) at \(failure.contextLine + 1):\(failure.contextColumn + 1))" } ?? ""
        return TemplateError(mark: at, message: "\(failure.problem)\(context); fix the YAML syntax", reason: .syntax)
    }

    /// True when only whitespace follows `offset`: libyaml stopped because the input ran out.
    private static func isAtEnd(_ offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = offset
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x0A, 0x0D, 0x09: i += 1
            default: return false
            }
        }
        return true
    }
}
