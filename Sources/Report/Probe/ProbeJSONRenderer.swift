/// `{"schemaVersion": 1, "stack", "status", "checks": [{"name", "status", "detail"}]}`, keys in that order.
public enum ProbeJSONRenderer {
    public static let schemaVersion = 1

    public static func render(_ report: ProbeReport) -> String {
        value(report).pretty
    }

    public static func value(_ report: ProbeReport) -> JSONValue {
        .object([
            ("schemaVersion", .number(schemaVersion)),
            ("stack", .string(report.stack)),
            ("status", .string(report.status.rawValue)),
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
