import Findings

/// Smoke reports as one HTML page: a section per stack with its verdict and a row per check.
public enum ProbeHTMLRenderer {
    public static func render(
        _ reports: [ProbeReport], failures: [HTMLStackFailure] = [], generated: String
    ) -> String {
        var body = ""
        for report in reports {
            let status = report.status.rawValue
            body += "<section class=\"stack\" \(HTMLText.attribute("data-stack", report.stack)) "
            body += "\(HTMLText.attribute("data-status", status))>\n"
            body += "<h2>\(HTMLText.escape(report.stack)) <span class=\"badge\">\(status)</span></h2>\n"
            if let seconds = report.seconds {
                body += "<p class=\"summary\">\(report.checks.count) checks in \(Int(seconds.rounded())) s</p>\n"
            }
            body += "<table class=\"checks\"><thead><tr><th>Check</th><th>Status</th><th>Detail</th></tr></thead>"
            body += "<tbody>\n"
            for check in report.checks {
                body += "<tr class=\"check\" \(HTMLText.attribute("data-check", check.name)) "
                body += "\(HTMLText.attribute("data-status", check.status.rawValue))>"
                body += "<td>\(HTMLText.escape(check.name))</td><td class=\"status\">\(check.status.rawValue)</td>"
                body += "<td>\(HTMLText.escape(check.detail))</td></tr>\n"
            }
            body += "</tbody></table>\n</section>\n"
        }
        body += failures.map(\.section).joined()
        return HTMLPage.render(title: "stackcheck smoke", generated: generated, body: body)
    }
}
