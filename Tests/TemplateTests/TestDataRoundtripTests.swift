import Foundation
import StackCheckTestSupport
import Template
import Testing

/// Every template in the shared test data reads, writes and reads back unchanged, and the YAML we
/// write is read by cfn-lint's PyYAML-based decoder as the same template.
@Suite struct TestDataRoundtripTests {
    @Test func everyTemplateRoundTripsLosslessly() throws {
        let templates = TestData.templates()
        guard !templates.isEmpty else {
            print(TestData.missingMessage)
            return
        }
        #expect(templates.count > 100)
        for url in templates {
            let node = try TemplateReader.read(path: url.path)
            let result = RoundtripCheck.check(node, file: url.path)
            #expect(result.losses == [], "\(url.path)")
        }
    }

    @Test func cfnLintReadsOurYAMLAsTheSameTemplate() async throws {
        let templates = TestData.templates()
        guard !templates.isEmpty else {
            print(TestData.missingMessage)
            return
        }
        if let reason = await CfnLintDecoder.unavailableReason() {
            print("skipping the cfn-lint comparison: \(reason)")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "stackcheck-cfnlint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var pairs: [(yaml: URL, json: URL)] = []
        var sources: [String: String] = [:]
        for (i, url) in templates.enumerated() {
            let node = try TemplateReader.read(path: url.path)
            let yaml = folder.appendingPathComponent("\(i).yaml")
            let json = folder.appendingPathComponent("\(i).json")
            try TemplateWriter.yaml(node).write(to: yaml, atomically: false, encoding: .utf8)
            try TemplateWriter.json(node).write(to: json, atomically: false, encoding: .utf8)
            pairs.append((yaml, json))
            sources[yaml.path] = url.path
        }
        let mismatches = try await CfnLintDecoder.compare(pairs)
        for (yaml, detail) in mismatches.sorted(by: { $0.key < $1.key }) {
            Issue.record("cfn-lint reads our YAML for \(sources[yaml] ?? yaml) differently: \(detail)")
        }
    }

    /// The comparison itself must be able to fail: a date left unquoted is a date to PyYAML.
    @Test func cfnLintComparisonCatchesAnUnquotedDate() async throws {
        if let reason = await CfnLintDecoder.unavailableReason() {
            print("skipping the cfn-lint comparison: \(reason)")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "stackcheck-cfnlint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = folder.appendingPathComponent("t.yaml")
        let json = folder.appendingPathComponent("t.json")
        try "A: 2010-09-09\n".write(to: yaml, atomically: false, encoding: .utf8)
        try TemplateWriter.json(try readYAML("A: 2010-09-09\n")).write(to: json, atomically: false, encoding: .utf8)
        let mismatches = try await CfnLintDecoder.compare([(yaml, json)])
        #expect(mismatches[yaml.path]?.contains("cfn-lint read date") == true)
    }
}
