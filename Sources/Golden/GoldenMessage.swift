import Findings
import Report
import Template
import TemplateDiff

/// The text of golden failures and recordings: one line per difference, naming its JSON Pointer, both
/// values, and where each value is (golden file:line:column; the artifact's line:column for the new one).
public enum GoldenMessage {
    /// Differences beyond this many are counted, not listed: a renamed resource should not print a book.
    static let listLimit = 40

    public static func differences(
        _ differences: [Difference], file: GoldenFile, profile: String, actualText: String? = nil
    ) -> String {
        let count = differences.count
        var out = "\(file.path): the generated template differs from the golden (profile \(profile)): "
        out += "\(count) difference\(count == 1 ? "" : "s")"
        // Marks for the generated side come from the artifact it is written to, read back.
        let actual = actualText.flatMap { try? TemplateReader.read(Array($0.utf8), file: file.artifactPath) }
        for difference in differences.prefix(listLimit) {
            out += "\n  " + line(difference, actualMark: actual.flatMap { mark(in: $0, at: difference.pathTokens) })
        }
        if count > listLimit { out += "\n  … and \(count - listLimit) more" }
        return out
    }

    public static func line(_ difference: Difference, actualMark: SourceMark? = nil) -> String {
        let golden = "golden \(value(difference.left))\(where_(difference.left?.mark))"
        let generated = "generated \(value(difference.right))\(where_(actualMark))"
        switch difference.kind {
        case .changed: return "~ \(difference.path): \(golden) → \(generated)"
        case .removed: return "- \(difference.path): \(golden), not generated"
        case .added: return "+ \(difference.path): \(generated), not in the golden"
        }
    }

    /// `created`, `unchanged`, `updated: /a, /b`, `reformatted`.
    public static func describe(_ change: GoldenRecorder.Change) -> String {
        switch change {
        case .created: return "created"
        case .unchanged: return "unchanged"
        case .reformatted: return "reformatted, same values"
        case .updated(let differences) where differences.isEmpty: return "updated"
        case .updated(let differences):
            let paths = differences.prefix(listLimit).map(\.path).joined(separator: ", ")
            return "updated: \(paths)\(differences.count > listLimit ? ", …" : "")"
        }
    }

    static func value(_ node: Node?) -> String { ValueText.oneLine(node, limit: 120) }

    private static func where_(_ mark: SourceMark?) -> String { mark.map { " (\($0))" } ?? "" }

    /// The node a JSON Pointer names, for its mark.
    public static func mark(in root: Node, at tokens: [String]) -> SourceMark? {
        var node = root
        for token in tokens {
            switch node.value {
            case .mapping(let mapping):
                guard let child = mapping[token] else { return nil }
                node = child
            case .list(let items):
                guard let index = Int(token), items.indices.contains(index) else { return nil }
                node = items[index]
            default:
                return nil
            }
        }
        return node.mark
    }
}
