import Findings

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
