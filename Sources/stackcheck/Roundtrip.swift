import ArgumentParser

// PLACEHOLDER: the owning stream replaces this file.
struct Roundtrip: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "roundtrip", abstract: "Not built yet.")
    func run() async throws { throw ExitCode(2) }
}
