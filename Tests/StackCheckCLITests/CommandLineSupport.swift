import ArgumentParser
import Testing

@testable import stackcheck

/// The command line in process, as argument-parser's own test helpers drive it: parse as the binary
/// would, and read an error's text and exit code as `StackCheck.main` reports them.
enum InProcess {
    /// The subcommand the arguments select, with its options parsed and validated.
    static func parse<Command: ParsableCommand>(_ arguments: [String], as type: Command.Type) throws -> Command {
        let parsed = try StackCheck.parseAsRoot(arguments)
        guard let command = parsed as? Command else {
            throw InProcessTestError("\(arguments) parsed as \(Swift.type(of: parsed)), not \(type)")
        }
        return command
    }

    /// The one-line error and exit code for arguments that must not parse; nil when they do parse.
    static func failure(_ arguments: [String]) -> (message: String, code: Int32)? {
        do {
            _ = try StackCheck.parseAsRoot(arguments)
            return nil
        } catch {
            return (StackCheck.message(for: error), StackCheck.exitCode(for: error).rawValue)
        }
    }

    /// `stackcheck COMMAND --help`, unwrapped (wide columns), so a test can find whole lines.
    static func help(_ command: any ParsableCommand.Type) -> String {
        StackCheck.helpMessage(for: command, columns: 400)
    }
}

struct InProcessTestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
