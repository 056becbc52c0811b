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

/// For a pull-request comment or a job summary: a verdict, a table of regions by phase, then the
/// explanation of every phase that did not pass.
public enum LifecycleMarkdownRenderer {
    public static func render(_ report: LifecycleReport) -> String {
        let names = ["deploy", "smoke", "drift", "delete"]
        var table = MarkdownTable(header: ["region", "stack"] + names)
        for region in report.regions {
            table.append(
                [region.region, Markdown.code(region.stack)]
                    + names.map { name in
                        region.phases.first { $0.name == name }.map { "**\($0.status.rawValue)**" } ?? ""
                    })
        }
        var out = "### stackcheck test `\(report.spec)`: **\(report.status.rawValue)**\n\n" + table.rendered
        for region in report.regions {
            for phase in region.phases where phase.status != .pass && phase.status != .skipped {
                out += "\n**\(region.region) \(phase.name): \(phase.status.rawValue)**: \(phase.detail)\n"
                if !phase.lines.isEmpty {
                    out += "\n```\n" + phase.lines.joined(separator: "\n") + "\n```\n"
                }
            }
            if region.kept { out += "\n> Kept: stack `\(region.stack)` in \(region.region) (--keep-on-failure).\n" }
            for note in region.notes { out += "\n> \(region.region): \(note)\n" }
        }
        if report.interrupted { out += "\n> Interrupted (SIGINT/SIGTERM): later phases were not run.\n" }
        return out
    }
}

/// For people: a verdict line, then per region one line per phase and its explanation, indented.
public enum LifecycleTextRenderer {
    public static func render(_ report: LifecycleReport, style: TextStyle = .plain) -> String {
        var lines = ["test \(report.spec): \(paint(report.status, style))" + (report.interrupted ? " (interrupted)" : "")]
        for region in report.regions {
            lines.append("\(region.region) \(region.stack): \(paint(region.status, style))")
            for phase in region.phases {
                lines.append("  \(paint(phase.status, style, padded: true))  \(pad(phase.name, 6))  \(phase.detail)")
                lines += phase.lines.map { "      \($0)" }
            }
            if region.kept { lines.append("  kept: stack \(region.stack) in \(region.region) (--keep-on-failure)") }
            lines += region.notes.map { "  note: \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func paint(_ status: LifecyclePhase.Status, _ style: TextStyle, padded: Bool = false) -> String {
        let text = padded ? pad(status.rawValue, 12) : status.rawValue
        switch status {
        case .pass: return style.green(text)
        case .fail, .error: return style.red(text)
        case .inconclusive: return style.yellow(text)
        case .skipped: return text
        }
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
