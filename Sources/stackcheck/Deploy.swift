import ArgumentParser

// PLACEHOLDER: the owning stream replaces this file.
struct Deploy: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "deploy", abstract: "Not built yet.")
    func run() async throws { throw ExitCode(2) }
}
