import ArgumentParser

// PLACEHOLDER: the owning stream replaces this file.
struct Drift: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "drift", abstract: "Not built yet.")
    func run() async throws { throw ExitCode(2) }
}
