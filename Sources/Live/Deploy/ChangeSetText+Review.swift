import AWS
import FoundationEssentials
import Findings
import Report
import TemplateDiff
import TextBasics

extension ChangeSetText {
    /// The change set as a Markdown table, for a pull request comment.
    static func markdown(
        _ changeSet: CloudFormation.ChangeSet, stackName: String, type: CloudFormation.ChangeSetType
    ) -> String {
        let count = changeSet.changes.count
        var lines = [
            "### Change set \(Markdown.code(changeSet.name)) (\(type.rawValue)) "
                + "for stack \(Markdown.code(stackName)): "
                + "\(count) change\(count == 1 ? "" : "s")",
            "", "| | Action | Resource | Type | Replacement |", "|---|---|---|---|---|",
        ]
        for change in changeSet.changes {
            let sign = ["Add": "+", "Modify": "~", "Remove": "−"][change.action] ?? "*"
            let replacement = change.action == "Modify" ? change.replacement ?? "" : ""
            lines.append(
                "| \(sign) | \(change.action) | \(Markdown.cell(Markdown.code(change.logicalId))) "
                    + "| \(Markdown.cell(Markdown.code(change.resourceType))) | \(Markdown.cell(replacement)) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What changes inside each resource, with old and new values, resolved with the parameters the update uses.
    public static func properties(_ report: DiffReport, format: ReviewFormat, creating: Bool = false) -> String {
        switch format {
        case .text where creating:
            return "Properties to be set (resolved with the parameters given):\n"
                + TextDiffRenderer(color: false).render(report).trimmed(.newlines)
        case .text:
            guard !report.equivalent else { return "Property changes: none (resolved with the update's parameters)" }
            return "Property changes (resolved with the stack's and the update's parameters):\n"
                + TextDiffRenderer(color: false).render(report).trimmed(.newlines)
        case .markdown:
            return MarkdownDiffRenderer.render(report)
        }
    }
}
