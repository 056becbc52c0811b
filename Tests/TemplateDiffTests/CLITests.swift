import Foundation
import StackCheckTestSupport
import Testing

/// `stackcheck diff` as a user and a CI job run it: exit codes, output formats, input errors.
@Suite struct CLITests {
    /// Runs `stackcheck diff args...` in a folder holding the fixtures and a broken template.
    static func diff(_ args: [String], environment: [String: String?] = [:]) async throws -> CLIResult {
        try await ConversionTests.withScratch { folder in
            try Fixtures.left.write(to: folder.appendingPathComponent("left.yaml"), atomically: true, encoding: .utf8)
            try Fixtures.right.write(to: folder.appendingPathComponent("right.json"), atomically: true, encoding: .utf8)
            try "Resources:\n  Queue: [1,\n".write(
                to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
            return try await CLI.run(["diff"] + args, environment: environment, currentDirectory: folder)
        }
    }

    @Test func differentTemplatesExitOneWithTheTextReport() async throws {
        let result = try await Self.diff(["left.yaml", "right.json"])
        #expect(result.status == 1)
        #expect(result.stdout == TextDiffReport.expected)
        #expect(result.stderr == "")
    }

    @Test func equivalentTemplatesExitZero() async throws {
        let result = try await Self.diff(["left.yaml", "left.yaml", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"equivalent\": true"))
    }

    @Test func jsonAndMarkdownFormats() async throws {
        let json = try await Self.diff(["left.yaml", "right.json", "--format", "json"])
        #expect(json.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["schemaVersion"] as? Int == 1)
        #expect(object?["equivalent"] as? Bool == false)
        #expect((object?["differences"] as? [[String: Any]])?.compactMap { $0["path"] as? String }.count == 5)
        let markdown = try await Self.diff(["left.yaml", "right.json", "--format", "markdown"])
        #expect(markdown.status == 1)
        #expect(markdown.stdout.contains("#### Resources › Svc"))
    }

    @Test func strictProfileSeesMore() async throws {
        let result = try await Self.diff(["left.yaml", "right.json", "--profile", "strict", "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\"profile\": \"strict\""))
        #expect(result.stdout.contains("/Resources/Queue/Properties/VisibilityTimeout"))
    }

    @Test func colourOnlyWhenAskedOrOnATerminal() async throws {
        #expect(try await Self.diff(["left.yaml", "right.json"]).stdout.contains("\u{1B}[") == false)
        #expect(try await Self.diff(["left.yaml", "right.json", "--color", "always"]).stdout.contains("\u{1B}[33m~ "))
    }

    @Test func unreadableInputExitsTwoWithTheReadersErrorLine() async throws {
        let missing = try await Self.diff(["left.yaml", "nope.json"])
        #expect(missing.status == 2)
        #expect(missing.stdout == "")
        #expect(missing.stderr == "nope.json: error: no such file; check the path\n")
        let broken = try await Self.diff(["broken.yaml", "right.json"])
        #expect(broken.status == 2)
        // The compiler's shape: the error line, then the source line (here the empty last line) and a caret.
        let lines = broken.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix("broken.yaml:3:1: error: ") == true, "\(broken.stderr)")
        #expect(Array(lines.dropFirst()) == ["  ", "  ^", ""], "\(broken.stderr)")
    }

    @Test func unknownProfileIsAUsageError() async throws {
        let result = try await Self.diff(["left.yaml", "right.json", "--profile", "loose"])
        // DESIGN.md's contract: a usage error is exit 2, not argument-parser's 64.
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: unknown profile 'loose': use one of cfn, iam, strict\n"))
    }
}
