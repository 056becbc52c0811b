import ArgumentParser
import Report
import Template

struct Roundtrip: AsyncParsableCommand, FileListCommand {
    static let configuration = CommandConfiguration(
        commandName: "roundtrip", _superCommandName: StackCheck.name,
        abstract: "Read templates, write each as JSON and YAML, read both back, and compare exactly.",
        discussion: "Exit 0 when every file is lossless, 1 when any is not, 2 when any cannot be read.")

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Template files (.json, .yaml, .yml; others are sniffed).")
    var files: [String]

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    static let valueOptions: Set<String> = ["--format"]
    var fileList: [String] {
        get { files }
        set { files = newValue }
    }

    func run() async throws {
        var entries: [Node] = []  // the JSON report's, built only for --format json
        var failed = false
        var lossy = false
        for (file, outcome) in zip(files, RoundtripRunner.run(files)) {
            switch outcome {
            case .checked(let document, let result):
                for warning in document.warnings { TemplateCommands.printError(warning.description) }
                lossy = lossy || !result.isLossless
                if format == .text {
                    printText(file, result)
                } else {
                    entries.append(RoundtripReport.entry(file: file, document: document, result: result))
                }
            case .failed(let error):
                failed = true
                Console.diagnostic(error)
                if format == .json {
                    entries.append(RoundtripReport.entry(file: file, error: DiagnosticText.line(error)))
                }
            }
        }
        if format == .json { print(TemplateWriter.json(RoundtripReport.report(entries)), terminator: "") }
        if failed { throw ExitCode.undecided }
        if lossy { throw ExitCode.findings }
    }

    private func printText(_ file: String, _ result: RoundtripResult) {
        if result.isLossless { return print("\(file): lossless") }
        for loss in result.losses {
            print(
                "\(file): not lossless as \(loss.format.rawValue) at \(loss.path.isEmpty ? "/" : loss.path):"
                    + " \(loss.detail)"
            )
        }
    }
}
