import AWS
import ArgumentParser
import FoundationEssentials

struct StackCheck: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stackcheck",
        abstract: "Keep a CloudFormation stack honest from source to production.",
        version: StackCheckVersion.current,
        subcommands: [
            Roundtrip.self, Convert.self, Diff.self, Generate.self, GoldenCommand.self,
            Whoami.self, ConfigCommand.self, Describe.self, Deploy.self, Drift.self, Smoke.self, Watch.self,
            Delete.self, TestCommand.self,
            IAMPolicyCommand.self, ReportCommand.self,
        ])

    /// argument-parser's own `main`, but with DESIGN.md's exit codes: a usage error (unknown flag,
    /// missing option, bad value, a failed `validate()`) is 2, not the parser's 64 (EX_USAGE), so CI
    /// sees one contract. `--help` and `--version` still exit 0.
    static func main() async {
        SecretRedactor.rememberEnvironment()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            guard code == .validationFailure else { exit(withError: error) }
            Console.error(fullMessage(for: error))
            exit(withError: ExitCode.undecided)
        }
    }
}
