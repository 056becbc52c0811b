import Template

/// The `--format json` shape of `roundtrip`, built as a value tree and written by our own JSON writer.
enum RoundtripReport {
    static func report(_ files: [Node]) -> Node {
        .mapping(Mapping(["schemaVersion": .number("1"), "files": .list(files)]))
    }

    static func entry(file: String, document: TemplateDocument, result: RoundtripResult) -> Node {
        var mapping = Mapping([
            "file": .string(file), "format": .string(document.format.rawValue),
            "status": .string(result.isLossless ? "lossless" : "lossy"),
        ])
        mapping["losses"] = .list(
            result.losses.map { loss in
                .mapping(
                    Mapping([
                        "format": .string(loss.format.rawValue), "path": .string(loss.path),
                        "detail": .string(loss.detail),
                    ]))
            })
        mapping["warnings"] = .list(document.warnings.map { .string($0.description) })
        return .mapping(mapping)
    }

    static func entry(file: String, error: String) -> Node {
        .mapping(Mapping(["file": .string(file), "status": .string("error"), "error": .string(error)]))
    }
}
