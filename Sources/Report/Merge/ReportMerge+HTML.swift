import Findings
import Template

/// Merged shard reports as one HTML page, read back from their JSON entries: a section per stack
/// (`data-stack`, `data-status`) in the order the files gave them, drift findings with both values, smoke
/// checks by status, a stack that could not be checked as its error; with the template, each drift
/// stack's resources as the dependency graph coloured by what its entry says about them.
extension ReportMerge {
    public static func html(_ stacks: [Node], template: Node?, generated: String) -> String {
        let graph = template.map { DependencyGraph(template: $0) }
        let codes = stacks.map { exitCode(status: $0["status"]?.stringValue ?? "") }
        var body = "<p class=\"summary merged\" data-stacks=\"\(stacks.count)\" data-exit-code=\"\(worst(codes))\">"
        body += "\(stacks.count) stacks from the merged reports; exit \(worst(codes))</p>\n"
        body += stacks.map { section($0, graph: graph) }.joined()
        return HTMLPage.render(title: "stackcheck report merge", generated: generated, body: body)
    }

    static func section(_ entry: Node, graph: DependencyGraph?) -> String {
        let name = entry["stack"]?.stringValue ?? "?"
        let status = entry["status"]?.stringValue ?? "ERROR"
        var out = "<section class=\"stack\" \(HTMLText.attribute("data-stack", name)) "
        out += "\(HTMLText.attribute("data-status", status))>\n"
        out += "<h2>\(HTMLText.escape(name)) <span class=\"badge\">\(HTMLText.escape(status))</span></h2>\n"
        if let region = entry["region"]?.stringValue {
            out += "<p class=\"muted region\">\(HTMLText.escape(region))</p>\n"
        }
        if let error = entry["error"]?.stringValue {
            return out + "<p class=\"error\">\(HTMLText.escape(error))</p></section>\n"
        }
        for reason in strings(entry["inconclusive"]) {
            out += "<p class=\"inconclusive\">inconclusive: \(HTMLText.escape(reason))</p>\n"
        }
        if let checks = entry["checks"]?.listValue { return out + table(checks: checks) + "</section>\n" }
        let findings = entry["findings"]?.listValue ?? []
        if let graph {
            out += "<div class=\"graph-box\">"
            out += GraphSVG.render(
                graph, status: { resourceStatus($0, in: entry) }, title: { "\($0): \(resourceStatus($0, in: entry))" })
            out += "</div>\n"
        }
        return out + table(findings: findings) + "</section>\n"
    }

    static func table(findings: [Node]) -> String {
        guard !findings.isEmpty else { return "<p class=\"no-findings\">No findings.</p>\n" }
        var out = "<table class=\"findings\"><thead><tr><th>Resource</th><th>Kind</th><th>Path</th>"
        out += "<th>Expected</th><th>Actual</th><th>Why</th></tr></thead><tbody>\n"
        for finding in findings {
            let id = finding["logicalId"]?.stringValue ?? ""
            let kind = finding["kind"]?.stringValue ?? ""
            let state = finding["accepted"] == nil ? "FAILING" : "ACCEPTED"
            out += "<tr class=\"finding\" \(HTMLText.attribute("data-logical-id", id)) "
            out += "\(HTMLText.attribute("data-kind", kind)) \(HTMLText.attribute("data-state", state))>"
            out += "<td>\(HTMLText.escape(id))<br><span class=\"muted\">"
            out += "\(HTMLText.escape(finding["resourceType"]?.stringValue ?? ""))</span></td>"
            out += "<td>\(HTMLText.escape(kind))</td>"
            out += "<td class=\"value\">\(HTMLText.escape(finding["path"]?.stringValue ?? ""))</td>"
            out += "<td class=\"value expected\">\(HTMLText.escape(show(finding["expected"])))</td>"
            out += "<td class=\"value actual\">\(HTMLText.escape(show(finding["actual"])))</td>"
            out += "<td>\(HTMLText.escape(finding["explanation"]?.stringValue ?? ""))</td></tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    static func table(checks: [Node]) -> String {
        var out = "<table class=\"checks\"><thead><tr><th>Check</th><th>Status</th><th>Detail</th></tr></thead>"
        out += "<tbody>\n"
        for check in checks {
            let name = check["name"]?.stringValue ?? ""
            let status = check["status"]?.stringValue ?? ""
            out += "<tr class=\"check\" \(HTMLText.attribute("data-check", name)) "
            out += "\(HTMLText.attribute("data-status", status))><td>\(HTMLText.escape(name))</td>"
            out += "<td class=\"status\">\(HTMLText.escape(status))</td>"
            out += "<td>\(HTMLText.escape(check["detail"]?.stringValue ?? ""))</td></tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    /// As `ResourceStatus` reads a report: never IN_SYNC unless the entry's coverage says every property
    /// of the resource was looked at and none differs.
    static func resourceStatus(_ logicalId: String, in entry: Node) -> String {
        let findings = (entry["findings"]?.listValue ?? []).filter { $0["logicalId"]?.stringValue == logicalId }
        let failing = findings.filter { $0["accepted"] == nil }
        let kinds = Set(failing.compactMap { $0["kind"]?.stringValue })
        if kinds.contains("missing") { return "MISSING" }
        if kinds.contains("resourceDeleted") { return "DELETED" }
        if !failing.isEmpty { return "DRIFTED" }
        if !findings.isEmpty { return "ACCEPTED" }
        let coverage = (entry["coverage"]?.listValue ?? []).filter { $0["logicalId"]?.stringValue == logicalId }
        if coverage.isEmpty || coverage.contains(where: { $0["reason"] != nil }) { return "NOT_CHECKED" }
        return "IN_SYNC"
    }

    static func show(_ node: Node?) -> String {
        guard let node, node.value != .null else { return "(absent)" }
        return JSONValue(node).compact
    }

    static func strings(_ node: Node?) -> [String] { (node?.listValue ?? []).compactMap(\.stringValue) }
}
