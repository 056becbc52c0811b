import ArgumentParser

// PLACEHOLDER: the owning stream replaces this file.
struct Generate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "generate", abstract: "Not built yet.")
    func run() async throws { throw ExitCode(2) }
}
