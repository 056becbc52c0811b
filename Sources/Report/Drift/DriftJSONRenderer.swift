import Findings

/// One stack's entry of the drift envelope (`ReportEnvelope`): `{"stack", "region", "status", "exitCode",
/// "summary", "findings", "coverage", "inconclusive", "notes"}`. Field order is fixed so diffs of saved
/// reports stay small.
public enum DriftJSONRenderer {
    public static func value(_ report: DriftReport) -> JSONValue {
        .object(
            ReportEnvelope.head(
                stack: report.stack, region: report.region, status: report.status.rawValue,
                exitCode: report.status.exitCode) + [
                    ("summary", summary(report)),
                    ("findings", .array(report.findings.map(finding))),
                    ("coverage", .array(report.coverage.map(coverage))),
                    ("inconclusive", .array(report.inconclusiveReasons.map { .string($0) })),
                    ("notes", .array(report.notes.map { .string($0) })),
                ])
    }

    /// The envelope with one stack's entry.
    public static func render(_ report: DriftReport) -> String {
        ReportEnvelope.json(command: "drift", stacks: [value(report)]).pretty
    }

    static func summary(_ report: DriftReport) -> JSONValue {
        .object([
            ("findings", .number(report.failing.count)),
            ("accepted", .number(report.accepted.count)),
            ("checked", .number(report.count("checked"))),
            ("notChecked", .number(report.count("notChecked"))),
            ("drifted", .number(report.count("drifted"))),
        ])
    }

    public static func finding(_ finding: Finding) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("logicalId", .string(finding.logicalId)),
            ("resourceType", .string(finding.resourceType)),
            ("kind", .string(finding.kind.rawValue)),
            ("path", .string(finding.path)),
            ("expected", finding.expected.map(JSONValue.init) ?? .null),
            ("actual", finding.actual.map(JSONValue.init) ?? .null),
            ("explanation", .string(finding.explanation)),
        ]
        if let acceptance = finding.acceptance {
            fields.append(
                (
                    "accepted",
                    .object([("reason", .string(acceptance.reason)), ("expires", .string(acceptance.expires))])
                ))
        }
        return .object(fields)
    }

    static func coverage(_ entry: CoverageEntry) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("logicalId", .string(entry.logicalId)),
            ("resourceType", .string(entry.resourceType)),
            ("path", .string(entry.path)),
            ("state", .string(entry.state.name)),
        ]
        if let reason = entry.reason { fields.append(("reason", .string(reason))) }
        return .object(fields)
    }
}
