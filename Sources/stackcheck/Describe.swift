import ArgumentParser

// PLACEHOLDER: the owning stream replaces this file.
struct Describe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "describe", abstract: "Not built yet.")
    func run() async throws { throw ExitCode(2) }
}
