import Findings

/// For people: a verdict line, then per region one line per phase and its explanation, indented.
public enum LifecycleTextRenderer {
    public static func render(_ report: LifecycleReport, style: TextStyle = .plain) -> String {
        var lines = [
            "test \(report.spec): \(paint(report.status, style))" + (report.interrupted ? " (interrupted)" : "")
        ]
        for region in report.regions {
            lines.append("\(region.region) \(region.stack): \(paint(region.status, style))")
            for phase in region.phases {
                lines.append("  \(paint(phase.status, style, padded: true))  \(pad(phase.name, 6))  \(phase.detail)")
                lines += phase.lines.map { "      \($0)" }
            }
            if region.kept { lines.append("  kept: stack \(region.stack) in \(region.region) (--keep-on-failure)") }
            lines += region.notes.map { "  note: \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func paint(_ status: LifecyclePhase.Status, _ style: TextStyle, padded: Bool = false) -> String {
        let text = padded ? pad(status.rawValue, 12) : status.rawValue
        switch status {
        case .pass: return style.green(text)
        case .fail, .error: return style.red(text)
        case .inconclusive: return style.yellow(text)
        case .skipped: return text
        }
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
