import ArgumentParser

// PLACEHOLDER: the owning stream replaces this file.
struct GoldenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "golden", abstract: "Not built yet.")
    func run() async throws { throw ExitCode(2) }
}
