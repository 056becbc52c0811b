import Findings
import Template

/// Values shown inside a line of a report: one-line JSON, cut short so one huge value (a policy
/// document, a container definition) keeps the report readable. The one truncator every renderer uses.
public enum ValueText {
    /// `value` as compact JSON, cut at `limit` characters (none when nil); empty for an absent value.
    public static func oneLine(_ node: Node?, limit: Int? = 80) -> String {
        guard let node else { return "" }
        let text = JSONValue(node).compact
        guard let limit else { return text }
        return clip(text, limit)
    }

    /// `text` itself when it fits in `limit` characters, else its start and an ellipsis, `limit` in all.
    public static func clip(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(max(0, limit - 1))) + "…"
    }
}
