import ArgumentParser
import AWS
import FoundationEssentials
import Report
import Template
import TextBasics

/// `stackcheck report ...`: reports made from files earlier runs wrote.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Turn files earlier runs wrote into reports.",
        subcommands: [ReportHTML.self, ReportMergeCommand.self])
}

/// `stackcheck report html HISTORY.jsonl`: a watch history as one self-contained HTML page.
struct ReportHTML: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "html",
        abstract: "A watch history (watch --history FILE) as one self-contained HTML page with a timeline.")

    @Argument(help: "The history file `stackcheck watch --history` wrote (JSON Lines).")
    var history: String

    @Option(
        help: "The template, to draw the resources as a dependency graph (default: Golden/template.json if present).")
    var template: String?

    @Option(name: .shortAndLong, help: "Write the page here instead of standard output.")
    var output: String?

    func run() async throws {
        do {
            let file = try WatchHistoryFile(path: history)
            let path =
                template
                ?? (FileChecks.exists("Golden/template.json") ? "Golden/template.json" : nil)
            let node = try path.map { try TemplateReader.read(path: $0) }
            let page = HistoryHTMLRenderer.render(file, template: node, generated: HTMLGenerated.line("report html"))
            if let output {
                try page.write(toFile: output, atomically: true, encoding: .utf8)
            } else {
                StandardStream.output.write(page)
            }
        } catch {
            throw CLIFailure.from(error).report()
        }
    }
}

/// `stackcheck report merge A.json B.json ...`: shard reports as one, with the worst exit code.
struct ReportMergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine JSON reports of drift or smoke shards into one, exiting with the worst code.")

    @Argument(help: "JSON reports (--format json) of drift or smoke runs.")
    var reports: [String]

    enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        case text, json, html
    }

    @Option(help: "Output format: text, json or html (one self-contained page, a section per stack).")
    var format: Format = .text

    @Option(help: "For html: the template, to draw each drift stack's resources as its dependency graph.")
    var template: String?

    func validate() throws {
        guard !reports.isEmpty else { throw ValidationError("give at least one report file") }
    }

    func run() async throws {
        var stacks: [Node] = []
        var templateNode: Node?
        do {
            for path in reports { stacks += try ReportMerge.stacks(path: path) }
            templateNode = try template.map { try TemplateReader.read(path: $0) }
        } catch {
            throw CLIFailure.from(error).report()
        }
        var seen: Set<String> = []
        for stack in stacks {
            let name = stack["stack"]?.stringValue ?? ""
            if !seen.insert(name).inserted {
                StandardStream.error.write("warning: \(name) is in more than one report\n")
            }
        }
        let text =
            switch format {
            case .json: ReportMerge.json(stacks)
            case .text: ReportMerge.text(stacks)
            case .html:
                ReportMerge.html(stacks, template: templateNode, generated: HTMLGenerated.line("report merge"))
            }
        StandardStream.output.write(text)
        let code = ReportMerge.worst(stacks.map { ReportMerge.exitCode(status: $0["status"]?.stringValue ?? "") })
        if code != 0 { throw ExitCode(code) }
    }
}
