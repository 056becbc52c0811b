import Findings

/// Drift as JUnit: one suite per resource, one case per checked property or inventory check, so CI
/// shows drift as failures and not-checked properties as skipped.
public enum DriftJUnitRenderer {
    public static func suites(_ report: DriftReport) -> [JUnitSuite] {
        var order: [String] = []
        var cases: [String: [JUnitCase]] = [:]
        func add(_ logicalId: String, _ item: JUnitCase) {
            if cases[logicalId] == nil { order.append(logicalId) }
            cases[logicalId, default: []].append(item)
        }
        // A property's case carries every finding at or below its path (`.../ClusterSettings/0/Value`).
        var reported: Set<Int> = []
        for entry in report.coverage {
            let className = "drift.\(report.stack).\(entry.logicalId)"
            switch entry.state {
            case .checked:
                add(entry.logicalId, JUnitCase(name: entry.path, className: className, outcome: .passed))
            case .notChecked(let reason):
                add(
                    entry.logicalId,
                    JUnitCase(name: entry.path, className: className, outcome: .skipped(message: reason)))
            case .drifted:
                let indices = report.findings.indices.filter {
                    report.findings[$0].logicalId == entry.logicalId
                        && (report.findings[$0].path == entry.path
                            || report.findings[$0].path.hasPrefix(entry.path + "/"))
                }
                reported.formUnion(indices)
                let found = indices.map { report.findings[$0] }
                add(entry.logicalId, JUnitCase(name: entry.path, className: className, outcome: outcome(found)))
            }
        }
        // Findings without a coverage entry (inventory, template, expired acceptances) are cases too.
        for (index, finding) in report.findings.enumerated() where !reported.contains(index) {
            let className = "drift.\(report.stack).\(finding.logicalId)"
            add(finding.logicalId, JUnitCase(name: finding.path, className: className, outcome: outcome([finding])))
        }
        var suites = order.map { JUnitSuite(name: $0, cases: cases[$0] ?? []) }
        if !report.inconclusiveReasons.isEmpty {
            let items = report.inconclusiveReasons.map {
                JUnitCase(
                    name: "inconclusive", className: "drift.\(report.stack)",
                    outcome: .error(message: "inconclusive", detail: $0))
            }
            suites.append(JUnitSuite(name: "inconclusive", cases: items))
        }
        return suites
    }

    public static func render(_ report: DriftReport) -> String {
        JUnitWriter.xml(name: "stackcheck drift \(report.stack): \(report.status.rawValue)", suites: suites(report))
    }

    static func outcome(_ findings: [Finding]) -> JUnitCase.Outcome {
        let failing = findings.filter { !$0.isAccepted }
        guard let first = failing.first else {
            return findings.isEmpty
                ? .failed(message: "drifted", detail: "")
                : .passed
        }
        let detail = failing.map {
            "\($0.kind.rawValue): expected \(DriftTextRenderer.show($0.expected)), "
                + "actual \(DriftTextRenderer.show($0.actual)): \($0.explanation)"
        }.joined(separator: "\n")
        return .failed(message: first.explanation, detail: detail)
    }
}
