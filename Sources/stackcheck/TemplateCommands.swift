import Foundation

/// Shared by `roundtrip` and `convert`: diagnostics go to standard error, one line each.
enum TemplateCommands {
    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
