import ArgumentParser

// PLACEHOLDER: the owning stream replaces this file.
struct Watch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "watch", abstract: "Not built yet.")
    func run() async throws { throw ExitCode(2) }
}
