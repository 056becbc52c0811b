import Foundation
import StackCheckTestSupport
import Template
import Testing

/// YAML 1.1 merge keys are merged as PyYAML (cfn-lint) and SnakeYAML merge them, with the merged
/// entries' own marks, and never kept as a literal `<<` key.
@Suite struct MergeKeyTests {
    static let defaults = "d: &d {Cpu: 256, Memory: 512}\ne: &e {Memory: 1024, Port: 80}\n"

    /// Inputs whose merged result cfn-lint's own decoder must agree with, key order included.
    static let cases = [
        defaults + "A:\n  <<: *d\n  Memory: 2048\n",
        defaults + "A:\n  Memory: 2048\n  <<: *d\n",
        defaults + "A:\n  <<: [*d, *e]\n",
        defaults + "A:\n  <<: [*e, *d]\n  Name: x\n",
        defaults + "A: {<<: {Cpu: 1, Extra: !Ref X}, Cpu: 2}\n",
        defaults + "f: &f {<<: *d, Cpu: 9}\nA:\n  <<: [*f, *e]\n  Port: 81\n",
        defaults + "A:\n  B:\n    <<: *e\n  '<<': literal\n",
    ]

    @Test func explicitKeysWinOverMergedOnes() throws {
        let node = try readYAML(Self.defaults + "A:\n  <<: *d\n  Memory: 2048\n")
        #expect(node["A"]?.mappingValue?.keys == ["Cpu", "Memory"])
        #expect(node["A"]?["Cpu"]?.value == .number("256"))
        #expect(node["A"]?["Memory"]?.value == .number("2048"))
    }

    @Test func earlierMappingsInAListWin() throws {
        let node = try readYAML(Self.defaults + "A:\n  <<: [*d, *e]\n")
        #expect(node["A"]?.mappingValue?.keys == ["Memory", "Port", "Cpu"])
        #expect(node["A"]?["Memory"]?.value == .number("512"))
    }

    @Test func mergedEntriesKeepTheirMarks() throws {
        let node = try readYAML(Self.defaults + "A:\n  <<: *e\n  Port: 81\n")
        let entries = try #require(node["A"]?.mappingValue?.entries)
        #expect(entries.map(\.keyMark?.description) == ["t.yaml:2:8", "t.yaml:5:3"])
        #expect(entries.map(\.value.mark?.description) == ["t.yaml:2:16", "t.yaml:5:9"])
    }

    @Test func aQuotedKeyIsNotAMergeKey() throws {
        let node = try readYAML("A:\n  '<<': {x: 1}\n")
        #expect(node["A"]?.mappingValue?.keys == ["<<"])
        #expect(try throughYAML(node) == node)
    }

    @Test func badMergeValuesAreErrors() {
        #expect(
            errorText("A:\n  <<: 5\n")
                == "t.yaml:2:7: error: the merge key '<<' takes a mapping or a list of mappings, found a number;"
                + " quote '<<' if you meant a key named <<")
        #expect(
            errorText("a: &a {x: 1}\nA:\n  <<: [*a, [1]]\n")
                == "t.yaml:3:12: error: the merge key '<<' takes a mapping or a list of mappings, found a list;"
                + " quote '<<' if you meant a key named <<")
        #expect(
            errorText("a: &a {x: 1}\nA:\n  <<: *a\n  <<: *a\n")
                == "t.yaml:4:3: error: a second merge key '<<' in this mapping (first at 3:3);"
                + " merge several mappings with one '<<: [*a, *b]'")
        #expect(
            errorText("a: &a {x: 1}\nA:\n  <<: *a\n  y: 1\n  y: 2\n")
                == "t.yaml:5:3: error: duplicate key 'y' (first at 4:3); remove or rename one of them")
    }

    @Test func cfnLintMergesTheSame() async throws {
        if let reason = await CfnLintDecoder.unavailableReason() {
            print("skipping the cfn-lint comparison: \(reason)")
            return
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("stackcheck-merge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var pairs: [(yaml: URL, json: URL)] = []
        for (i, text) in Self.cases.enumerated() {
            let yaml = dir.appendingPathComponent("\(i).yaml")
            let json = dir.appendingPathComponent("\(i).json")
            try text.write(to: yaml, atomically: false, encoding: .utf8)
            try TemplateWriter.json(try readYAML(text)).write(to: json, atomically: false, encoding: .utf8)
            pairs.append((yaml, json))
        }
        let mismatches = try await CfnLintDecoder.compare(pairs)
        for (file, detail) in mismatches.sorted(by: { $0.key < $1.key }) { Issue.record("\(file): \(detail)") }
        #expect(mismatches.isEmpty)
    }
}
