import Findings

/// One word per resource for the graph, from a drift report: never IN_SYNC unless every property of
/// it was looked at and matched.
enum ResourceStatus {
    static func of(_ logicalId: String, in report: DriftReport) -> String {
        let findings = report.findings.filter { $0.logicalId == logicalId }
        let failing = findings.filter { !$0.isAccepted }
        if failing.contains(where: { $0.kind == .missing }) { return "MISSING" }
        if failing.contains(where: { $0.kind == .resourceDeleted }) { return "DELETED" }
        if !failing.isEmpty { return "DRIFTED" }
        if !findings.isEmpty { return "ACCEPTED" }
        let coverage = report.coverage.filter { $0.logicalId == logicalId }
        if coverage.isEmpty || coverage.contains(where: { $0.reason != nil }) { return "NOT_CHECKED" }
        return "IN_SYNC"
    }

    /// The graph node's tooltip: the status and why.
    static func title(_ logicalId: String, in report: DriftReport) -> String {
        let status = of(logicalId, in: report)
        let reasons = Set(report.coverage.filter { $0.logicalId == logicalId }.compactMap(\.reason)).sorted()
        let count = report.findings.filter { $0.logicalId == logicalId }.count
        var text = "\(logicalId): \(status)"
        if count > 0 { text += ", \(count) finding" + (count == 1 ? "" : "s") }
        if !reasons.isEmpty { text += "; not checked: " + reasons.joined(separator: "; ") }
        return text
    }
}
