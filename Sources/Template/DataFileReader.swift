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
