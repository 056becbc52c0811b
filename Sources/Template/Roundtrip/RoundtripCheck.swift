/// Writes a template as JSON and as YAML, reads each back, and compares the value model exactly.
public struct RoundtripResult: Sendable {
    /// What changed when a template went through one format.
    public struct Loss: Sendable, Equatable {
        public var format: TemplateFormat
        /// RFC 6901 pointer to the first node that differs.
        public var path: String
        public var detail: String
    }

    public var losses: [Loss]
    public var isLossless: Bool { losses.isEmpty }
}

public enum RoundtripCheck {
    /// Reads a template for `check`, as `TemplateReader.document(path:)` does but without marks on the
    /// nodes: nothing a roundtrip reports looks at them (warnings and errors carry their own), and making
    /// and freeing one per node is a good part of reading. A file that fails is read again with marks, so
    /// its error is exactly the one `document(path:)` gives (a duplicate key names its first place).
    public static func read(path: String) throws(TemplateError) -> TemplateDocument {
        let bytes = try FileBytes.read(path: path)
        let format = TemplateFormat(path: path)
        do {
            return try TemplateReader.document(bytes, file: path, format: format, options: .init(keepMarks: false))
        } catch {
            return try TemplateReader.document(bytes, file: path, format: format)
        }
    }

    public static func check(_ root: Node, file: String) -> RoundtripResult {
        var losses: [RoundtripResult.Loss] = []
        for format in TemplateFormat.allCases {
            let written = format == .json ? JSONWriter.bytes(root) : YAMLWriter.bytes(root)
            // Compared while reading, without a second tree; when that cannot tell, the full reading below
            // finds and names the difference (or the error).
            if format == .json ? JSONReader.matches(written, root) : YAMLReadBack.matches(written, root) { continue }
            do {
                let back = try TemplateReader.document(
                    written, file: "\(file) (as \(format.rawValue))", format: format,
                    options: .init(enforceSizeLimit: false, keepMarks: false, ownOutput: true))
                // `==` allocates nothing; the path-building walk runs only when something differs.
                if root != back.root {
                    let difference = NodeDifference.first(root, back.root) ?? .init(path: "", detail: "values differ")
                    losses.append(.init(format: format, path: difference.path, detail: difference.detail))
                }
            } catch {
                losses.append(
                    .init(
                        format: format, path: "", detail: "the written \(format.rawValue) does not read back: \(error)")
                )
            }
        }
        return RoundtripResult(losses: losses)
    }
}

/// The first place two value trees differ (kinds, text, key order, list length), for telling a user
/// exactly what a conversion changed. Marks are ignored, as in `Node ==`.
enum NodeDifference {
    struct Found {
        var path: String
        var detail: String
    }

    static func first(_ a: Node, _ b: Node, path: String = "") -> Found? {
        switch (a.value, b.value) {
        case (.mapping(let x), .mapping(let y)):
            if x.keys != y.keys {
                let missing = x.keys.first { y[$0] == nil }
                let extra = y.keys.first { x[$0] == nil }
                let detail =
                    missing.map { "key '\($0)' is missing" } ?? extra.map { "key '\($0)' was added" }
                    ?? "keys are in a different order"
                return Found(path: path, detail: detail)
            }
            for (left, right) in zip(x.entries, y.entries) {
                if let found = first(left.value, right.value, path: path + "/" + JSONPointer.escape(left.key)) { return found }
            }
            return nil
        case (.list(let x), .list(let y)):
            if x.count != y.count {
                return Found(path: path, detail: "a list of \(x.count) became a list of \(y.count)")
            }
            for (i, (left, right)) in zip(x, y).enumerated() {
                if let found = first(left, right, path: path + "/\(i)") { return found }
            }
            return nil
        default:
            return a.value == b.value ? nil : Found(path: path, detail: "\(describe(a)) became \(describe(b))")
        }
    }

    static func describe(_ node: Node) -> String {
        switch node.value {
        case .null: "null"
        case .bool(let flag): "boolean \(flag)"
        case .number(let text): "number \(text)"
        case .string(let text): "string \"\(text)\""
        case .list: "a list"
        case .mapping: "a mapping"
        }
    }
}
