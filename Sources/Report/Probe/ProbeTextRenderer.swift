import Findings

/// The report for people: a verdict line, then one aligned line per check.
///
///     smoke prod: FAIL (2 of 5 checks failed)
///       PASS  stack-status                          UPDATE_COMPLETE
///       FAIL  running-count:report-generation-dev   running 0 of 2 (pending 2), rollout IN_PROGRESS
public enum ProbeTextRenderer {
    public static func render(_ report: ProbeReport, style: TextStyle = .plain) -> String {
        let failed = report.checks.filter { $0.status == .fail }.count
        let open = report.checks.filter { $0.status == .inconclusive }.count
        var summary = "\(report.checks.count) check\(report.checks.count == 1 ? "" : "s")"
        if failed > 0 {
            summary = "\(failed) of \(summary) failed"
        } else if open > 0 {
            summary = "\(open) of \(summary) undecided"
        } else {
            summary += " passed"
        }
        if let seconds = report.seconds { summary += " in \(format(seconds))" }
        var lines = ["smoke \(report.stack): \(paint(report.status, style)) (\(summary))"]
        let width = report.checks.map(\.name.count).max() ?? 0
        for check in report.checks {
            let label = paint(
                check.status, style, text: pad(check.status == .inconclusive ? "????" : check.status.rawValue, 4))
            lines.append("  \(label)  \(pad(check.name, width))  \(check.detail)")
            lines += check.diagnostics.map { "        \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func paint(_ status: ProbeCheck.Status, _ style: TextStyle, text: String? = nil) -> String {
        let text = text ?? status.rawValue
        switch status {
        case .pass: return style.green(text)
        case .fail: return style.red(text)
        case .inconclusive: return style.yellow(text)
        }
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private static func format(_ seconds: Double) -> String {
        seconds < 10 ? "\(Double(Int(seconds * 100)) / 100)s" : "\(Int(seconds.rounded()))s"
    }
}
