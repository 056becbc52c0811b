import ArgumentParser

/// `--format`: how a command prints its result. Each command says which it supports.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json, junit, markdown, html
}

/// `--format text|json` for commands that print a result for people or for programs.
struct TextOrJSONOptions: ParsableArguments {
    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        guard format == .text || format == .json else {
            throw ValidationError("--format must be text or json for this command")
        }
    }
}
