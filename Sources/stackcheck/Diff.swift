import ArgumentParser
import AWS
import FoundationEssentials
import Findings
import Report
import Template
import TemplateDiff

/// `stackcheck diff LEFT RIGHT`: do two templates mean the same, and if not, where do they differ?
struct Diff: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff", _superCommandName: StackCheck.name,
        abstract: "Compare two templates structurally, under CloudFormation's equivalences.",
        discussion: """
            Exit status: 0 equivalent, 1 different, 2 a template could not be read.
            Profiles: cfn (default) applies CloudFormation's equivalences: \
            \(EquivalenceProfile.cfn.rules.map(\.name).joined(separator: ", ")); \
            strict compares kinds, text and order exactly.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    enum ColorMode: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    @Argument(help: "The old template (JSON or YAML).") var left: String
    @Argument(help: "The new template (JSON or YAML).") var right: String

    @Option(help: "Equivalence profile: cfn, iam (cfn, and policies as IAM reads them) or strict.")
    var profile: String = "cfn"
    @Option(help: "Output format: text, json or markdown.") var format: Format = .text
    @Option(help: "Colour the text output: auto (only on a terminal), always or never.") var color: ColorMode = .auto

    func validate() throws {
        guard EquivalenceProfile.named(profile) != nil else {
            let names = EquivalenceProfile.all.map(\.name).joined(separator: ", ")
            throw ValidationError("unknown profile '\(profile)': use one of \(names)")
        }
    }

    func run() async throws {
        let chosen = EquivalenceProfile.named(profile) ?? .cfn
        let leftRoot: Node
        let rightRoot: Node
        do {
            leftRoot = try TemplateReader.read(path: left)
            rightRoot = try TemplateReader.read(path: right)
        } catch {
            Console.diagnostic(CLIFailure.from(error).diagnostic)
            throw ExitCode.undecided
        }
        let report = DiffReport(left: leftRoot, leftName: left, right: rightRoot, rightName: right, profile: chosen)
        let output: String
        switch format {
        case .text: output = TextDiffRenderer(color: useColor).render(report)
        case .json: output = JSONDiffRenderer.render(report)
        case .markdown: output = MarkdownDiffRenderer.render(report)
        }
        StandardStream.output.write(output)
        if !report.equivalent { throw ExitCode.findings }
    }

    /// `auto` follows the one terminal policy (`Terminal.usesColor`: a terminal, NO_COLOR, FORCE_COLOR).
    private var useColor: Bool {
        switch color {
        case .always: true
        case .never: false
        case .auto: Terminal.usesColor()
        }
    }
}
