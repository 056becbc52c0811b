import AWS
import ArgumentParser
import FoundationEssentials

struct StackCheck: AsyncParsableCommand {
    static let name = "stackcheck"
    static let configuration = CommandConfiguration(
        commandName: name,
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
            var command = try parseSubcommandDirectly(Array(CommandLine.arguments.dropFirst())) ?? parseAsRoot()
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

    /// The command when the first argument names a leaf subcommand and its own arguments parse cleanly;
    /// nil for anything else (help, version, completion scripts, a usage error, no subcommand).
    ///
    /// argument-parser's root parse reflects over the chosen subcommand's options several times before
    /// reaching it (the root's lenient pass, a check for pass-through arguments), which costs a drift run
    /// 3 million instructions of its ~80. Parsing the subcommand alone gives the same value when it
    /// succeeds; every failure returns nil, so the root parse then produces the error, help or version
    /// text exactly as before, with the full `stackcheck <command>` usage.
    ///
    /// Each leaf names `stackcheck` as its `_superCommandName` (argument-parser's mark for a command run under
    /// another program) for this parse alone: a root command first tries the arguments as a completion-script
    /// request, two more parses costing drift 4.5 million instructions; a leaf with a super-command skips them,
    /// and a completion request then fails this parse and reaches the root, which answers it. Through the
    /// root parse the name changes nothing: argument-parser reads it only from the command it parses as root.
    /// A command taking a list of files parses it without argument-parser's per-file cost (`FileListCommand`).
    /// The subcommands that take a list of files. Named here rather than found by a cast (`as? FileListCommand`),
    /// whose first conformance lookup scans the binary's conformance records: 172,000 instructions at every start.
    static let fileListCommands: [any FileListCommand.Type] = [Roundtrip.self]

    static func parseSubcommandDirectly(_ arguments: [String]) -> ParsableCommand? {
        guard let name = arguments.first,
            let command = configuration.subcommands.first(where: { $0.configuration.commandName == name }),
            command.configuration.subcommands.isEmpty
        else { return nil }
        let own = Array(arguments.dropFirst())
        if let fileList = fileListCommands.first(where: { ObjectIdentifier($0) == ObjectIdentifier(command) }) {
            return fileList.parse(fileList: own)
        }
        // `--help` parses too, to argument-parser's own help command: only the subcommand itself is taken.
        guard let parsed = try? command.parseAsRoot(own), type(of: parsed) == command else { return nil }
        return parsed
    }
}
