import ArgumentParser

// PLACEHOLDER: the owning stream replaces this file.
struct Convert: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "convert", abstract: "Not built yet.")
    func run() async throws { throw ExitCode(2) }
}
