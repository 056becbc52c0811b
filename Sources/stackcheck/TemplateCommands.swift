import AWS
import FoundationEssentials

/// Shared by `roundtrip` and `convert`: diagnostics go to standard error, one line each.
enum TemplateCommands {
    static func printError(_ line: String) {
        StandardStream.error.write(line + "\n")
    }
}
