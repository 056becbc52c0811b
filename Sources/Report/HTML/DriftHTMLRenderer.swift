import Findings
import Template

/// Drift reports as one HTML page: a section per stack with its verdict, the template's resources as a
/// dependency graph coloured by what drift found, and every finding with both values.
public enum DriftHTMLRenderer {
    public typealias Failure = HTMLStackFailure

    public static func render(
        _ reports: [DriftReport], failures: [Failure] = [], template: Node, generated: String
    ) -> String {
        let graph = DependencyGraph(template: template)
        var body = reports.map { section($0, graph: graph) }.joined()
        body += failures.map(\.section).joined()
        return HTMLPage.render(title: "stackcheck drift", generated: generated, body: body)
    }

    static func section(_ report: DriftReport, graph: DependencyGraph) -> String {
        let status = report.status.rawValue
        var out = "<section class=\"stack\" \(HTMLText.attribute("data-stack", report.stack)) "
        out += "\(HTMLText.attribute("data-status", status))>\n"
        out += "<h2>\(HTMLText.escape(report.stack)) <span class=\"badge\">\(status)</span></h2>\n"
        out += "<p class=\"summary\">\(report.failing.count) failing, \(report.accepted.count) accepted; "
        out += "\(report.count("checked")) properties checked, \(report.count("drifted")) drifted, "
        out += "\(report.count("notChecked")) not checked</p>\n"
        for reason in report.inconclusiveReasons {
            out += "<p class=\"inconclusive\">inconclusive: \(HTMLText.escape(reason))</p>\n"
        }
        for note in report.notes { out += "<p class=\"note\">\(HTMLText.escape(note))</p>\n" }
        out += "<div class=\"graph-box\">"
        out += GraphSVG.render(
            graph, status: { ResourceStatus.of($0, in: report) }, title: { ResourceStatus.title($0, in: report) })
        out += "</div>\n<p class=\"legend muted\">Arrows run from a resource to what it uses (Ref, GetAtt, Sub, "
        out += "DependsOn). Green in sync, red drifted or missing, amber accepted, grey dashed not checked.</p>\n"
        out += findings(report.findings)
        return out + "</section>\n"
    }

    static func findings(_ findings: [Finding]) -> String {
        guard !findings.isEmpty else { return "<p class=\"no-findings\">No findings.</p>\n" }
        var out = "<table class=\"findings\"><thead><tr><th>Resource</th><th>Kind</th><th>Path</th>"
        out += "<th>Expected</th><th>Actual</th><th>Why</th></tr></thead><tbody>\n"
        for finding in findings {
            let state = finding.isAccepted ? "ACCEPTED" : "FAILING"
            out += "<tr class=\"finding\" \(HTMLText.attribute("data-logical-id", finding.logicalId)) "
            out +=
                "\(HTMLText.attribute("data-kind", finding.kind.rawValue)) \(HTMLText.attribute("data-state", state))>"
            out += "<td>\(HTMLText.escape(finding.logicalId))<br><span class=\"muted\">"
            out += "\(HTMLText.escape(finding.resourceType))</span></td><td>\(finding.kind.rawValue)</td>"
            out += "<td class=\"value\">\(HTMLText.escape(finding.path))</td>"
            out += "<td class=\"value expected\">\(HTMLText.escape(DriftTextRenderer.show(finding.expected)))</td>"
            out += "<td class=\"value actual\">\(HTMLText.escape(DriftTextRenderer.show(finding.actual)))</td>"
            var why = HTMLText.escape(finding.explanation)
            if let acceptance = finding.acceptance {
                why += "<br><em>accepted until \(HTMLText.escape(acceptance.expires)): "
                why += "\(HTMLText.escape(acceptance.reason))</em>"
            }
            out += "<td>\(why)</td></tr>\n"
        }
        return out + "</tbody></table>\n"
    }
}
