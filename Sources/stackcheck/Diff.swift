import ArgumentParser

// PLACEHOLDER: the owning stream replaces this file.
struct Diff: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "diff", abstract: "Not built yet.")
    func run() async throws { throw ExitCode(2) }
}
