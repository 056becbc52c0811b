import Findings

/// One `<testsuite>` per region, one `<testcase>` per phase: FAIL as `<failure>`, ERROR and INCONCLUSIVE
/// as `<error>` (CI must not read them as a pass), SKIPPED as `<skipped>`.
public enum LifecycleJUnitRenderer {
    public static func render(_ report: LifecycleReport) -> String {
        let suites = report.regions.map { region in
            JUnitSuite(
                name: "\(region.region) \(region.stack)",
                cases: region.phases.map { phase in
                    JUnitCase(
                        name: phase.name, className: "stackcheck.test.\(region.region)", seconds: phase.seconds,
                        outcome: outcome(phase))
                },
                properties: [
                    ("region", region.region), ("stack", region.stack), ("status", region.status.rawValue),
                    ("kept", region.kept ? "true" : "false"),
                ])
        }
        return JUnitWriter.xml(name: "stackcheck test \(report.spec)", suites: suites)
    }

    private static func outcome(_ phase: LifecyclePhase) -> JUnitCase.Outcome {
        let body = ([phase.detail] + phase.lines).joined(separator: "\n")
        switch phase.status {
        case .pass: return .passed
        case .skipped: return .skipped(message: phase.detail)
        case .fail: return .failed(message: phase.detail, detail: body)
        case .error, .inconclusive:
            return .error(message: "\(phase.status.rawValue): \(phase.detail)", detail: body)
        }
    }
}
