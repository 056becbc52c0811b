import Findings
import Template

/// The report for pull-request comments and CI summaries: a table per section and logical ID.
public enum MarkdownDiffRenderer {
    public static func render(_ report: DiffReport) -> String {
        var out = "### stackcheck diff: \(Markdown.code(report.leftName)) → \(Markdown.code(report.rightName))\n\n"
        guard !report.equivalent else { return out + "Equivalent under profile \(Markdown.code(report.profile)).\n" }
        out += "\(report.countText) under profile \(Markdown.code(report.profile)).\n"
        for group in report.groups {
            out += "\n#### \(Markdown.cell(group.title))\n\n| | Path | Left | Right |\n|---|---|---|---|\n"
            for (label, difference) in group.entries {
                let sign =
                    switch difference.kind {
                    case .added: "+"
                    case .removed: "−"
                    case .changed: "~"
                    }
                out += "| \(sign) | \(Markdown.cell(Markdown.code(label))) "
                out += "| \(side(difference.left)) | \(side(difference.right)) |\n"
            }
        }
        return out
    }

    private static func side(_ node: Node?) -> String {
        guard let node else { return "" }
        let value = Markdown.cell(Markdown.code(ValueText.oneLine(node, limit: 120)))
        guard let mark = node.mark else { return value }
        return value + " <sub>\(Markdown.cell(mark.description))</sub>"
    }
}
