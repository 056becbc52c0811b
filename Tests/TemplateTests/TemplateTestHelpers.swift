import Template

/// Reads YAML or JSON text as a file named `t.yaml`/`t.json` would be read.
func readYAML(_ text: String) throws -> Node {
    try TemplateReader.read(Array(text.utf8), file: "t.yaml", format: .yaml)
}

func readJSON(_ text: String) throws -> Node {
    try TemplateReader.read(Array(text.utf8), file: "t.json", format: .json)
}

/// The value at `key` of a template's `A` entry: most tests read `A: <scalar>`.
func valueOfA(_ yaml: String) throws -> Value? {
    try readYAML(yaml)["A"]?.value
}

/// The error text reading `text` produces, or nil when it reads.
func errorText(_ text: String, file: String = "t.yaml", format: TemplateFormat? = nil) -> String? {
    do {
        _ = try TemplateReader.read(Array(text.utf8), file: file, format: format)
        return nil
    } catch {
        return "\(error)"
    }
}

/// The template written as YAML and read back, to check a value survives the writer.
func throughYAML(_ node: Node) throws -> Node {
    try readYAML(TemplateWriter.yaml(node))
}

func template(_ pairs: KeyValuePairs<String, Node>) -> Node { .mapping(Mapping(pairs)) }
