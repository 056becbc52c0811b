import Foundation
import StackCheckTestSupport
import Template
import Testing

/// `stackcheck convert` keeps what cfn-lint (PyYAML, YAML 1.1) reads: each plain scalar that YAML 1.1 and
/// 1.2 readers resolve differently is written so that cfn-lint reads our JSON and our YAML exactly as it
/// reads the original.
@Suite struct YAML11ConvertTests {
    /// Plain scalars, one per line of a block list, as a user would write them.
    static let scalars = [
        "1e5", "1E5", "1.5e3", "1.0e+5", "1e51234", "0x1F", "-0x1f", "0x_1F", "0o17", "017", "-017", "0123", "09",
        "0b101", "+0b1_0", "1_000", "0_", "1:30", "-1:30", "1:30.5", "190:20:30.15", "10000000000000000:00.", ".inf",
        "-.inf", "+.inf", ".Inf",
        "2001-12-14", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "2002-12-14", "012345678901",
        "+1", "-.5", ".5", "1.", "-0", "0.0", "01.50", "1_0.5_", "0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF",
        "123456789012345678901234567890", "1.7976931348623157e+309", "y", "n", "Yes", "off", "~", "null", "1.2.3",
    ]

    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "stackcheck-yaml11-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func cfnLintReadsOurConversionAsItReadsTheOriginal() async throws {
        if let reason = await CfnLintDecoder.unavailableReason() {
            print("skipping the cfn-lint comparison: \(reason)")
            return
        }
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let original = dir.appendingPathComponent("original.yaml")
        let text = "A:\n" + Self.scalars.map { "- \($0)\n" }.joined() + "B: {k: .nan}\n"
        try text.write(to: original, atomically: false, encoding: .utf8)
        var others: [URL] = []
        let yaml = try await CLI.run(["convert", original.path, "--to", "yaml"])
        #expect(yaml.status == 0, "\(yaml.stderr)")
        others.append(dir.appendingPathComponent("out.yaml"))
        try yaml.stdout.write(to: others[0], atomically: false, encoding: .utf8)

        // JSON has no NaN: the list alone converts, and the `.nan` is refused with its place.
        let listOnly = dir.appendingPathComponent("list.yaml")
        try text.components(separatedBy: "B: ")[0].write(to: listOnly, atomically: false, encoding: .utf8)
        let json = try await CLI.run(["convert", listOnly.path, "--to", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let jsonFile = dir.appendingPathComponent("out.json")
        try json.stdout.write(to: jsonFile, atomically: false, encoding: .utf8)

        let mismatches = try await CfnLintSameReading.compare([(original, others), (listOnly, [jsonFile])])
        for (file, detail) in mismatches.sorted(by: { $0.key < $1.key }) {
            let index = detail.split(separator: "/").dropFirst(2).first.flatMap { Int($0.prefix { $0.isNumber }) }
            Issue.record("\(file): \(detail) (scalar \(index.map { Self.scalars[$0] } ?? "?"))")
        }
        #expect(mismatches.isEmpty)

        let nan = try await CLI.run(["convert", original.path, "--to", "json"])
        #expect(nan.status == 2)
        #expect(nan.stdout.isEmpty)
        // The error comes last, with its source line and a caret under column 8.
        #expect(
            nan.stderr.contains(
                "\(original.path):\(Self.scalars.count + 2):8: error: '.nan' (not a number) has no JSON form;"
                    + " quote it to keep the text, or write a number\n"))
        #expect(nan.stderr.hasSuffix("\n" + String(repeating: " ", count: 2 + 7) + "^\n"), "\(nan.stderr)")
    }

    /// The comparison must be able to fail: quoting `0x1F` makes it a string to cfn-lint, not 31.
    @Test func comparisonCatchesAChangedReading() async throws {
        if let reason = await CfnLintDecoder.unavailableReason() {
            print("skipping the cfn-lint comparison: \(reason)")
            return
        }
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let original = dir.appendingPathComponent("a.yaml")
        let quoted = dir.appendingPathComponent("b.yaml")
        let stamp = dir.appendingPathComponent("c.yaml")
        try "A: 0x1F\nT: 2001-12-14\n".write(to: original, atomically: false, encoding: .utf8)
        try "A: '0x1F'\nT: '2001-12-14'\n".write(to: quoted, atomically: false, encoding: .utf8)
        try "A: 0x1F\nT: '2001-12-15'\n".write(to: stamp, atomically: false, encoding: .utf8)
        let mismatches = try await CfnLintSameReading.compare([(original, [quoted, stamp])])
        #expect(mismatches[quoted.path] == "/A: int 31 read back as str '0x1F'")
        #expect(
            mismatches[stamp.path] == "/T: timestamp datetime.date(2001, 12, 14) read back as the string '2001-12-15'")
    }

    /// What stackcheck's own model holds for each form (the reading the README documents).
    @Test func readingAndJSONValues() throws {
        let cases: [(yaml: String, value: Value, json: String)] = [
            ("0x1F", .number("0x1F"), "31"), ("017", .number("017"), "15"), ("0b101", .number("0b101"), "5"),
            ("1_000", .number("1_000"), "1000"), ("1:30", .number("1:30"), "90"), ("1:30.5", .number("1:30.5"), "90.5"),
            (".inf", .number(".inf"), "1.0e+999"), ("-.inf", .number("-.inf"), "-1.0e+999"),
            ("1.", .number("1."), "1.0"),
            ("+1", .number("+1"), "1"), ("1e5", .string("1e5"), "\"1e5\""), ("0o17", .string("0o17"), "\"0o17\""),
            ("2001-12-14", .string("2001-12-14"), "\"2001-12-14\""), ("-.5", .string("-.5"), "\"-.5\""),
            ("012345678901", .string("012345678901"), "\"012345678901\""),
        ]
        for (yaml, value, json) in cases {
            let node = try readYAML("A: \(yaml)\n")
            #expect(node["A"]?.value == value, "\(yaml)")
            #expect(TemplateWriter.json(node) == "{\n  \"A\": \(json)\n}\n", "\(yaml)")
            #expect(try throughYAML(node) == node, "\(yaml)")
        }
    }
}
