import Findings
import Template

/// The report for people: the verdict first, then each finding with expected and actual values, then
/// what was not checked and why. Colour only through `TextStyle`, so pipes get plain text.
public struct DriftTextRenderer: Sendable {
    public var style: TextStyle
    /// Also list every not-checked item (they are counted either way).
    public var verbose: Bool

    public init(style: TextStyle = .plain, verbose: Bool = true) {
        self.style = style
        self.verbose = verbose
    }

    public func render(_ report: DriftReport) -> String {
        var out = headline(report) + "\n"
        for finding in report.failing { out += line(finding, label: style.red("DRIFT")) }
        for finding in report.accepted { out += line(finding, label: style.yellow("ACCEPTED")) }
        let notChecked = report.coverage.filter { $0.reason != nil }
        if verbose, !notChecked.isEmpty {
            out += style.bold("not checked:") + "\n"
            for entry in notChecked {
                out += "  \(entry.logicalId) \(entry.path): \(entry.reason ?? "")\n"
            }
        }
        for reason in report.inconclusiveReasons { out += style.yellow("inconclusive: ") + reason + "\n" }
        for note in report.notes { out += "note: \(note)\n" }
        return out
    }

    func headline(_ report: DriftReport) -> String {
        let status: String
        switch report.status {
        case .inSync: status = style.green(report.status.rawValue)
        case .drifted: status = style.red(report.status.rawValue)
        case .inconclusive: status = style.yellow(report.status.rawValue)
        }
        var counts = "\(report.failing.count) finding\(report.failing.count == 1 ? "" : "s")"
        if !report.accepted.isEmpty { counts += ", \(report.accepted.count) accepted" }
        counts += "; \(report.count("checked")) checked, \(report.count("drifted")) drifted"
        counts += ", \(report.count("notChecked")) not checked"
        return "stack \(report.stack): \(status) (\(counts))"
    }

    func line(_ finding: Finding, label: String) -> String {
        var out = "\(label) \(finding.logicalId) (\(finding.resourceType)) \(finding.kind.rawValue) \(finding.path)\n"
        if finding.expected != nil || finding.actual != nil {
            out += "    expected: \(Self.show(finding.expected))\n"
            out += "    actual:   \(Self.show(finding.actual))\n"
        }
        out += "    \(finding.explanation)\n"
        if let acceptance = finding.acceptance {
            out += "    accepted until \(acceptance.expires): \(acceptance.reason)\n"
        }
        return out
    }

    static func show(_ node: Template.Node?) -> String {
        guard let node else { return "(absent)" }
        return JSONValue(node).compact
    }
}
