import ArgumentParser
import Template

struct Convert: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert", _superCommandName: StackCheck.name,
        abstract: "Print a template as JSON or YAML (short-form tags where safe).",
        discussion: "Exit 0 when written, 2 when the template cannot be read.")

    @Argument(help: "The template file.")
    var file: String

    @Option(help: "The format to write: json or yaml.")
    var to: TemplateFormat

    func run() async throws {
        do {
            let document = try TemplateReader.document(path: file)
            for warning in document.warnings { TemplateCommands.printError(warning.description) }
            if to == .json { try JSONForm.check(document.root, file: file) }
            print(TemplateWriter.write(document.root, as: to), terminator: "")
        } catch {
            Console.diagnostic(CLIFailure.from(error).diagnostic)
            throw ExitCode.undecided
        }
    }
}

extension TemplateFormat: ExpressibleByArgument {}
