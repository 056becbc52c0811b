import ArgumentParser
import Foundation
import Testing

@testable import stackcheck

/// `StackCheck.parseSubcommandDirectly`: the shortcut past the root parse gives the root parse's command
/// when it answers, and leaves every help, version and usage error to the root parse.
@Suite struct DirectParseTests {
    @Test func aLeafSubcommandParsesToTheSameCommandAsTheRootParse() throws {
        let arguments = ["drift", "--stack", "a", "--stack", "b", "--format", "json", "--concurrency", "3"]
        let direct = try #require(StackCheck.parseSubcommandDirectly(arguments) as? Drift)
        let root = try InProcess.parse(arguments, as: Drift.self)
        #expect(direct.stack == ["a", "b"])
        #expect(direct.stack == root.stack)
        #expect(direct.format == root.format)
        #expect(direct.driftOptions.concurrency == 3 && root.driftOptions.concurrency == 3)
        #expect(direct.parallelStacks == root.parallelStacks)
        #expect(StackCheck.parseSubcommandDirectly(["roundtrip", "a.yaml", "b.json"]) is Roundtrip)
    }

    @Test func everythingButACleanLeafParseGoesToTheRootParse() {
        for arguments in [
            [], ["--version"], ["--help"], ["help", "drift"], ["drift", "--help"], ["drift", "-h"],
            ["drift"],  // validate(): --stack is required
            ["drift", "--stack", "s", "--no-such-flag"], ["drift", "--stack", "s", "--version"],
            ["drift", "--stack", "s", "--generate-completion-script", "bash"],
            ["golden", "verify"],  // not a leaf: golden has subcommands of its own
            ["smoak", "--stack", "s"],
        ] {
            #expect(StackCheck.parseSubcommandDirectly(arguments) == nil, "\(arguments)")
        }
    }
}

/// `FileListCommand.parse`: a file list parsed past argument-parser's per-file copies gives argument-parser's
/// own value, wherever the options stand among the files, and leaves to it anything it cannot be sure of.
@Suite struct FileListParseTests {
    @Test func theFileListAndOptionsMatchArgumentParsersOwnParse() throws {
        let files: [String] = (0..<300).map { "templates/t\($0).yaml" }
        let json: [String] = ["--format", "json"]
        let cases: [[String]] = [
            files, json + files, files + json, ["--format=json"] + files,
            Array(files[..<5]) + json + Array(files[5...]),
            ["only.yaml"], ["-", "--format", "text"],
        ]
        for arguments in cases {
            let direct = try #require(StackCheck.parseSubcommandDirectly(["roundtrip"] + arguments) as? Roundtrip)
            let root = try InProcess.parse(["roundtrip"] + arguments, as: Roundtrip.self)
            #expect(direct.files == root.files, "\(arguments.prefix(8))")
            #expect(direct.format == root.format, "\(arguments.prefix(8))")
        }
    }

    @Test func anythingUncertainGoesToArgumentParsersWholeParse() {
        for arguments in [
            ["roundtrip"], ["roundtrip", "--format", "json"], ["roundtrip", "a.yaml", "--", "-b.yaml"],
            ["roundtrip", "a.yaml", "--help"], ["roundtrip", "a.yaml", "--format", "xml"],
            ["roundtrip", "a.yaml", "--no-such-flag"], ["roundtrip", "a.yaml", "--format"],
        ] {
            #expect(StackCheck.parseSubcommandDirectly(arguments) == nil, "\(arguments)")
        }
    }

    /// `valueOptions` is written by hand; a new option taking a value and missing there would take the
    /// file after it as its value. argument-parser's own description of the command (`--experimental-dump-help`)
    /// names every option and whether it takes a value.
    @Test func everyFileListCommandIsNamed() {
        for command in StackCheck.configuration.subcommands where command is any FileListCommand.Type {
            #expect(
                StackCheck.fileListCommands.contains { ObjectIdentifier($0) == ObjectIdentifier(command) }, "\(command)"
            )
        }
    }

    @Test func valueOptionsAreEveryOptionThatTakesAValue() throws {
        struct Tool: Decodable { var command: Command }
        struct Command: Decodable { var arguments: [Argument]? }
        struct Argument: Decodable {
            var kind: String
            var names: [Name]?
        }
        struct Name: Decodable {
            var kind: String
            var name: String
        }
        for command in StackCheck.fileListCommands {
            let tool = try JSONDecoder().decode(Tool.self, from: Data(command._dumpHelp().utf8))
            var taking: [String] = []
            for argument in tool.command.arguments ?? [] where argument.kind == "option" {
                for name in argument.names ?? [] { taking.append((name.kind == "long" ? "--" : "-") + name.name) }
            }
            #expect(!taking.isEmpty)
            #expect(Set(taking) == command.valueOptions, "\(command)")
        }
    }
}
