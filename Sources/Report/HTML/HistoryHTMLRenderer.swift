import Findings
import Template

/// A watch history as one HTML page: per stack, the latest verdict, every run on a timeline (colour by
/// status, outlined where the result changed), the changes with their findings, and, given the template,
/// the resources of the latest run as the dependency graph.
public enum HistoryHTMLRenderer {
    public static func render(_ history: WatchHistoryFile, template: Node?, generated: String) -> String {
        var stacks: [String] = []
        for entry in history.entries where !stacks.contains(entry.stack) { stacks.append(entry.stack) }
        let graph = template.map(DependencyGraph.init(template:))
        var body = ""
        for stack in stacks {
            body += section(history.entries.filter { $0.stack == stack }, stack: stack, graph: graph)
        }
        if stacks.isEmpty { body = "<p class=\"muted\">The history has no runs yet.</p>" }
        return HTMLPage.render(title: "stackcheck watch history", generated: generated, body: body)
    }

    static func section(_ runs: [WatchHistoryFile.Entry], stack: String, graph: DependencyGraph?) -> String {
        let latest = runs.last!
        var out = "<section class=\"stack\" \(HTMLText.attribute("data-stack", stack)) "
        out += "\(HTMLText.attribute("data-status", latest.status))>\n"
        out += "<h2>\(HTMLText.escape(stack)) <span class=\"badge\">\(HTMLText.escape(latest.status))</span></h2>\n"
        out += "<p class=\"summary\">\(runs.count) runs from \(HTMLText.escape(runs.first!.time)) to "
        out += "\(HTMLText.escape(latest.time)); \(runs.filter(\.changed).count) changes of result</p>\n"
        out += "<ol class=\"timeline\">"
        for run in runs {
            var title = "run \(run.run) at \(run.time): \(run.status)"
            if !run.findings.isEmpty { title += " (\(run.findings.count) findings)" }
            if let error = run.error { title += ": \(error)" }
            out += "<li class=\"run\" \(HTMLText.attribute("data-run", String(run.run))) "
            out += "\(HTMLText.attribute("data-status", run.status)) \(HTMLText.attribute("data-time", run.time)) "
            out += "data-changed=\"\(run.changed)\" \(HTMLText.attribute("title", title))></li>"
        }
        out += "</ol>\n"
        if let graph {
            out += "<h3>Resources at the latest run</h3><div class=\"graph-box\">"
            out += GraphSVG.render(
                graph, status: { status(of: $0, in: latest) }, title: { "\($0): \(status(of: $0, in: latest))" })
            out += "</div>\n"
        }
        out += "<table class=\"changes\"><thead><tr><th>Run</th><th>Time</th><th>Status</th><th>Findings</th>"
        out += "</tr></thead><tbody>\n"
        for run in runs where run.changed || run.run == runs.first?.run {
            out += "<tr class=\"change\" \(HTMLText.attribute("data-run", String(run.run))) "
            out += "\(HTMLText.attribute("data-status", run.status))><td>\(run.run)</td>"
            out += "<td>\(HTMLText.escape(run.time))</td><td>\(HTMLText.escape(run.status))</td><td>"
            let lines = run.findings.map(HTMLText.escape) + (run.error.map { [HTMLText.escape($0)] } ?? [])
            out += lines.isEmpty ? "none" : lines.joined(separator: "<br>")
            out += "</td></tr>\n"
        }
        return out + "</tbody></table>\n</section>\n"
    }

    /// What the history says of one resource: a finding names it, or the run was in sync; a history
    /// keeps no per-property coverage, so anything else is NOT_RECORDED, never IN_SYNC.
    static func status(of logicalId: String, in run: WatchHistoryFile.Entry) -> String {
        let kinds = run.findings.compactMap { key -> Substring? in
            let parts = key.split(separator: " ", maxSplits: 2)
            return parts.count >= 2 && parts[0] == logicalId ? parts[1] : nil
        }
        if kinds.contains("missing") { return "MISSING" }
        if kinds.contains("resourceDeleted") { return "DELETED" }
        if !kinds.isEmpty { return "DRIFTED" }
        return run.status == "IN_SYNC" ? "IN_SYNC" : "NOT_RECORDED"
    }
}
