/// Whether a template has a JSON form that means the same: every value but a YAML `.nan` has one (JSON has
/// no NaN; writing the text or a non-standard `NaN` would change the template silently or break JSON
/// readers). `convert --to json` refuses such a template with an error pointing at the value.
public enum JSONForm {
    public static func check(_ node: Node, file: String) throws(TemplateError) {
        guard let bad = firstWithout(node) else { return }
        guard case .number(let text) = bad.value else { return }
        let what =
            text.utf8.count > YAMLNumberValue.maxIntegerLength
            ? "an integer of \(text.utf8.count) characters has no JSON form Python-based tools can read"
            : "'\(text)' (not a number) has no JSON form"
        throw TemplateError(
            mark: bad.mark ?? SourceMark(file: file, line: 1, column: 1),
            message: "\(what); quote it to keep the text, or write a number", reason: .noJSONForm)
    }

    /// The first node, in document order, whose value JSON cannot hold.
    static func firstWithout(_ node: Node) -> Node? {
        switch node.value {
        case .number(let text):
            return JSONWriter.isJSONNumber(text) || YAMLNumberValue.json(text) != nil ? nil : node
        case .list(let items):
            for item in items { if let found = firstWithout(item) { return found } }
            return nil
        case .mapping(let mapping):
            for entry in mapping.entries { if let found = firstWithout(entry.value) { return found } }
            return nil
        case .null, .bool, .string:
            return nil
        }
    }
}
