import Foundation
import StackCheckTestSupport
import Template
import Testing

/// Files as editors and people really write them: a byte order mark in front, a misspelt tag used many
/// times. Each is read, and each warning is printed once.
@Suite struct ByteOrderMarkAndWarningTests {
    private static let bom = "\u{FEFF}"

    private func file(_ name: String, _ text: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("stackcheck-bom-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: false, encoding: .utf8)
        return url.path
    }

    @Test func aByteOrderMarkBeforeYAMLIsSkipped() throws {
        let node = try readYAML(Self.bom + "A: 1\nB: !Ref X\n")
        #expect(node == template(["A": .number("1"), "B": .mapping(Mapping(["Ref": .string("X")]))]))
        #expect(node.mappingValue?.entries.first?.keyMark?.description == "t.yaml:1:1")
        #expect(
            errorText(Self.bom + "A: 1\nA: 2\n")
                == "t.yaml:2:1: error: duplicate key 'A' (first at 1:1); remove or rename one of them")
        #expect(errorText(Self.bom + "A: [1\n") != nil)
    }

    @Test func aByteOrderMarkBeforeJSONIsSkipped() throws {
        #expect(try readJSON(Self.bom + "{\"A\": 1}") == template(["A": .number("1")]))
        #expect(
            try TemplateReader.read(Array((Self.bom + " {\"A\": 1}").utf8), file: "t.template")
                == template(["A": .number("1")]))
        #expect(
            errorText(Self.bom + "{\"A\": 1, \"A\": 2}", file: "t.json")
                == "t.json:1:10: error: duplicate key 'A' (first at 1:2); remove or rename one of them")
        let invalid = Array((Self.bom + "A: x").utf8) + [0xFF]
        #expect(throws: TemplateError.self) { try TemplateReader.read(invalid, file: "t.yaml") }
        do {
            _ = try TemplateReader.read(invalid, file: "t.yaml")
        } catch {
            #expect("\(error)" == "t.yaml:1:5: error: invalid UTF-8 (byte 0xFF); save the file as UTF-8")
        }
    }

    @Test func convertReadsAByteOrderMark() async throws {
        let path = try file("bom.yaml", Self.bom + "Resources:\n  B:\n    Type: AWS::S3::Bucket\n")
        let result = try await CLI.run(["convert", path, "--to", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("{\n  \"Resources\": {"))
    }

    /// A template that repeats every kind of warning: each is printed once, at its first place.
    @Test func eachWarningIsPrintedOnce() async throws {
        let text = """
            d: &d {Cpu: 1}
            A: !Fooo x
            B: !Fooo y
            C: [*d, *d, *d]
            E: {<<: *d}
            F: {<<: *d}
            G: [0755, 0755]

            """
        let path = try file("warn.yaml", text)
        let expected = [
            "\(path):2:4: warning: unknown tag '!Fooo' read as 'Fn::Fooo'; check the spelling",
            "\(path):4:5: warning: alias '*d' expanded; CloudFormation rejects YAML aliases, write the value out",
            "\(path):5:5: warning: merge key '<<' merged; CloudFormation rejects YAML merge keys, write the keys out",
            "\(path):7:5: warning: '0755' is the octal number 493 to YAML 1.1 readers (CloudFormation, cfn-lint);"
                + " quote it if you meant the text",
        ]
        for command in [["convert", path, "--to", "yaml"], ["convert", path, "--to", "json"], ["roundtrip", path]] {
            let result = try await CLI.run(command)
            #expect(result.stderr.split(separator: "\n").map(String.init) == expected, "\(command[0])")
        }
        let report = try await CLI.run(["roundtrip", path, "--format", "json"])
        #expect(report.stderr.split(separator: "\n").count == expected.count)
        let warnings = try TemplateReader.read(Array(report.stdout.utf8), file: "r.json")["files"]?.listValue?.first?[
            "warnings"]
        #expect(warnings?.listValue?.count == expected.count)
    }
}
