import Findings

/// A smoke report for a pull-request comment or a job summary: a status line, then one table row per
/// check in the order the probes ran.
public enum ProbeMarkdownRenderer {
    public static func render(_ report: ProbeReport) -> String {
        let passed = report.checks.filter { $0.status == .pass }.count
        var table = MarkdownTable(header: ["check", "status", "detail"])
        for check in report.checks {
            let detail = ([check.detail] + check.diagnostics).joined(separator: "\n")
            table.append(["`\(check.name)`", "**\(check.status.rawValue)**", detail])
        }
        return "### stackcheck smoke `\(report.stack)`: **\(report.status.rawValue)**"
            + " (\(passed) of \(report.checks.count) checks passed)\n\n" + table.rendered
    }
}
