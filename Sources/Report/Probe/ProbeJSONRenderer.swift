import Findings

/// One stack's entry of the smoke envelope (`ReportEnvelope`): `{"stack", "region", "status", "exitCode",
/// "seconds", "checks": [{"name", "status", "detail"}]}`, keys in that order.
public enum ProbeJSONRenderer {
    public static let schemaVersion = ReportEnvelope.schemaVersion

    /// The envelope with one stack's entry.
    public static func render(_ report: ProbeReport, region: String? = nil) -> String {
        ReportEnvelope.json(command: "smoke", stacks: [value(report, region: region)]).pretty
    }

    public static func value(_ report: ProbeReport, region: String? = nil) -> JSONValue {
        .object(
            ReportEnvelope.head(
                stack: report.stack, region: region, status: report.status.rawValue, exitCode: report.exitCode) + [
                    ("seconds", report.seconds.map { .number(String(($0 * 1000).rounded() / 1000)) } ?? .null),
                    (
                        "checks",
                        .array(
                            report.checks.map {
                                var fields: [(String, JSONValue)] = [
                                    ("name", .string($0.name)), ("status", .string($0.status.rawValue)),
                                    ("detail", .string($0.detail)),
                                ]
                                if !$0.diagnostics.isEmpty {
                                    fields.append(("diagnostics", .array($0.diagnostics.map { .string($0) })))
                                }
                                return .object(fields)
                            })
                    ),
                ])
    }
}
