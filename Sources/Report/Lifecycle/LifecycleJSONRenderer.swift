import Findings

/// `{"schemaVersion": 1, "spec", "status", "interrupted", "regions": [{"region", "stack", "status", "kept",
/// "phases": [{"name", "status", "detail", "lines", "seconds"}], "notes"}]}`, keys in that order.
public enum LifecycleJSONRenderer {
    public static func render(_ report: LifecycleReport) -> String { value(report).pretty }

    public static func value(_ report: LifecycleReport) -> JSONValue {
        .object([
            ("schemaVersion", .number(LifecycleReport.schemaVersion)),
            ("spec", .string(report.spec)),
            ("status", .string(report.status.rawValue)),
            ("interrupted", .bool(report.interrupted)),
            ("regions", .array(report.regions.map(region))),
        ])
    }

    static func region(_ region: LifecycleRegion) -> JSONValue {
        .object([
            ("region", .string(region.region)),
            ("stack", .string(region.stack)),
            ("status", .string(region.status.rawValue)),
            ("kept", .bool(region.kept)),
            (
                "phases",
                .array(
                    region.phases.map { phase in
                        .object([
                            ("name", .string(phase.name)), ("status", .string(phase.status.rawValue)),
                            ("detail", .string(phase.detail)), ("lines", .array(phase.lines.map { .string($0) })),
                            ("seconds", phase.seconds.map { .number(String(Double(Int($0 * 1000)) / 1000)) } ?? .null),
                        ])
                    })
            ),
            ("notes", .array(region.notes.map { .string($0) })),
        ])
    }
}
