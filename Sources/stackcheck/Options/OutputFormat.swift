import ArgumentParser

/// `--format`: how a command prints its result. Each command says which it supports.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json, junit, markdown, html
}

/// `--format text|json` for commands that print a result for people or for programs. Its own type, so
/// the values `--help` lists are exactly the ones the command accepts.
struct TextOrJSONOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        case text, json
    }

    @Option(help: "Output format: text or json.")
    var format: Format = .text
}
