import Findings

/// One `<testsuite>` named after the stack, one `<testcase>` per check: FAIL as `<failure>`,
/// INCONCLUSIVE as `<error>` (the run could not decide, which CI should not read as a pass).
public enum ProbeJUnitRenderer {
    public static func render(_ report: ProbeReport) -> String {
        JUnitWriter.xml(name: "stackcheck smoke", suites: [suite(report)])
    }

    /// The stack's suite, for a report of several stacks.
    public static func suite(_ report: ProbeReport) -> JUnitSuite {
        let cases = report.checks.map { check in
            JUnitCase(name: check.name, className: "stackcheck.smoke.\(report.stack)", outcome: outcome(check))
        }
        return JUnitSuite(
            name: "smoke \(report.stack)", cases: cases,
            properties: [("stack", report.stack), ("status", report.status.rawValue)])
    }

    private static func outcome(_ check: ProbeCheck) -> JUnitCase.Outcome {
        switch check.status {
        case .pass: .passed
        case .fail:
            .failed(
                message: check.detail,
                detail: (["\(check.name): \(check.detail)"] + check.diagnostics).joined(separator: "\n"))
        case .inconclusive: .error(message: check.detail, detail: "\(check.name): inconclusive: \(check.detail)")
        }
    }
}
