import Findings

/// Drift as Markdown for pull-request comments and job summaries.
public enum DriftMarkdownRenderer {
    public static func render(_ report: DriftReport) -> String {
        var out = "## Drift: `\(report.stack)` is \(report.status.rawValue)\n\n"
        out += "\(report.failing.count) findings, \(report.accepted.count) accepted; "
        out += "\(report.count("checked")) checked, \(report.count("drifted")) drifted, "
        out += "\(report.count("notChecked")) not checked.\n\n"
        if !report.findings.isEmpty {
            var table = MarkdownTable(header: ["", "Resource", "Type", "Kind", "Path", "Expected", "Actual", "Why"])
            for finding in report.findings {
                table.append([
                    finding.isAccepted ? "accepted" : "drift", finding.logicalId, finding.resourceType,
                    finding.kind.rawValue, Markdown.code(finding.path),
                    Markdown.code(DriftTextRenderer.show(finding.expected)),
                    Markdown.code(DriftTextRenderer.show(finding.actual)),
                    finding.explanation
                        + (finding.acceptance.map { " (accepted until \($0.expires): \($0.reason))" } ?? ""),
                ])
            }
            out += table.rendered + "\n"
        }
        let notChecked = report.coverage.filter { $0.reason != nil }
        if !notChecked.isEmpty {
            out += "<details><summary>Not checked (\(notChecked.count))</summary>\n\n"
            var table = MarkdownTable(header: ["Resource", "Path", "Why"])
            for entry in notChecked { table.append([entry.logicalId, Markdown.code(entry.path), entry.reason ?? ""]) }
            out += table.rendered + "\n</details>\n\n"
        }
        for reason in report.inconclusiveReasons { out += "> **Inconclusive:** \(reason)\n" }
        for note in report.notes { out += "> \(note)\n" }
        return out
    }
}
