import ArgumentParser
import Foundation
import Report
import Template

/// `stackcheck report ...`: reports made from files earlier runs wrote.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Turn files earlier runs wrote into reports.",
        subcommands: [ReportHTML.self])
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
                ?? (FileManager.default.fileExists(atPath: "Golden/template.json") ? "Golden/template.json" : nil)
            let node = try path.map { try TemplateReader.read(path: $0) }
            let page = HistoryHTMLRenderer.render(file, template: node, generated: HTMLGenerated.line("report html"))
            if let output {
                try page.write(toFile: output, atomically: true, encoding: .utf8)
            } else {
                FileHandle.standardOutput.write(Data(page.utf8))
            }
        } catch {
            throw CLIFailure.undecided("\(error)").report()
        }
    }
}
