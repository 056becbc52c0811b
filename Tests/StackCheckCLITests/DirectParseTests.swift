import ArgumentParser
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
