import ArgumentParser

// PLACEHOLDER: the owning stream replaces this file.
struct Whoami: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "whoami", abstract: "Not built yet.")
    func run() async throws { throw ExitCode(2) }
}
