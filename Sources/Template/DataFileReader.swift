/// Files that are not templates but are read like them (JSON or YAML, with `file:line:column` marks
/// and the same limits): a `--stacks-file` list, for one.
extension TemplateReader {
    public static func data(path: String) throws(TemplateError) -> Node {
        let bytes = try FileBytes.read(path: path)
        var options = ReadOptions()
        options.requireMapping = false
        return try document(bytes, file: path, format: TemplateFormat(path: path), options: options).root
    }
}

extension TemplateReader {
    /// JSON that is not a file: an AWS answer, a credential document. One JSON reader serves templates and
    /// these; here any value may be the root, there is no template size limit (an answer is as large as the
    /// service makes it), and nodes carry no marks (errors still do, with `name` as their file).
    public static func json(_ bytes: [UInt8], name: String) throws(TemplateError) -> Node {
        var options = ReadOptions()
        options.requireMapping = false
        options.enforceSizeLimit = false
        options.keepMarks = false
        return try document(bytes, file: name, format: .json, options: options).root
    }
}
