import AWS
import Findings
import Live
import Report
import StackCheckTestSupport
import Template
import Testing

/// Drift tests deploy their own stack each (names kept apart) on the shared emulator.
enum DriftTestSupport {
    static func golden() throws -> Node { try TemplateReader.read(path: StackFixtures.goldenPath) }

    static func deploy(_ name: String) async throws -> DeployedStack {
        try await StackFixtures.deployGolden(on: try await Emulator.shared(), name: name)
    }

    static func drift(_ stack: DeployedStack, template: Node? = nil, client: AWSClient? = nil) async throws
        -> DriftReport
    {
        let options = DriftEngine.Options(template: try template ?? golden(), concurrency: 8)
        return try await DriftEngine(client: client ?? stack.client, options: options).run(stackName: stack.name)
    }

    /// The report has findings, every one of them at `logicalId` under `path`, of `kind`.
    static func expectOnly(
        _ report: DriftReport, _ logicalId: String, _ path: String, kind: Finding.Kind = .propertyChanged,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(report.status == .drifted, "\(render(report))", sourceLocation: sourceLocation)
        #expect(!report.findings.isEmpty, sourceLocation: sourceLocation)
        for finding in report.findings {
            #expect(finding.logicalId == logicalId, "\(render(report))", sourceLocation: sourceLocation)
            #expect(
                finding.path.hasPrefix(path), "\(finding.path) is not under \(path)", sourceLocation: sourceLocation)
            #expect(finding.kind == kind, "\(render(report))", sourceLocation: sourceLocation)
        }
    }

    static func render(_ report: DriftReport) -> String { DriftTextRenderer().render(report) }

    static func cluster(_ stack: DeployedStack) -> String { stack.physicalId("ECSCluster")! }
}
