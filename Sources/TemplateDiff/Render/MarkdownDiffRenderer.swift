import Template

/// The report for pull-request comments and CI summaries: a table per section and logical ID.
public enum MarkdownDiffRenderer {
    public static func render(_ report: DiffReport) -> String {
        var out = "### stackcheck diff: \(code(report.leftName)) → \(code(report.rightName))\n\n"
        guard !report.equivalent else { return out + "Equivalent under profile \(code(report.profile)).\n" }
        out += "\(report.countText) under profile \(code(report.profile)).\n"
        for group in report.groups {
            out += "\n#### \(cell(group.title))\n\n| | Path | Left | Right |\n|---|---|---|---|\n"
            for (label, difference) in group.entries {
                let sign =
                    switch difference.kind {
                    case .added: "+"
                    case .removed: "−"
                    case .changed: "~"
                    }
                out += "| \(sign) | \(code(label)) | \(side(difference.left)) | \(side(difference.right)) |\n"
            }
        }
        return out
    }

    private static func side(_ node: Node?) -> String {
        guard let node else { return "" }
        let value = code(DiffReport.valueText(node, limit: 120))
        guard let mark = node.mark else { return value }
        return value + " <sub>\(cell(mark.description))</sub>"
    }

    /// A code span that survives a table: pipes escaped, fenced with more backticks than it holds.
    private static func code(_ text: String) -> String {
        let fence = text.contains("`") ? "`` " : "`"
        let close = text.contains("`") ? " ``" : "`"
        return fence + cell(text) + close
    }

    private static func cell(_ text: String) -> String {
        text.replacing("|", with: "\\|").replacing("<", with: "&lt;")
    }
}
