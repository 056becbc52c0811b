import ArgumentParser

// PLACEHOLDER: the owning stream replaces this file.
struct Smoke: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "smoke", abstract: "Not built yet.")
    func run() async throws { throw ExitCode(2) }
}
