import Foundation
import StackCheckTestSupport
import Template
import Testing

/// `stackcheck roundtrip` and `convert`, run as a user would run them.
@Suite struct TemplateCommandTests {
    private func file(_ name: String, _ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "stackcheck-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: false, encoding: .utf8)
        return url.path
    }

    @Test func roundtripLosslessExitsZero() async throws {
        let path = try file(
            "ok.yaml",
            "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub '${AWS::StackName}-b'\n"
        )
        let result = try await CLI.run(["roundtrip", path])
        #expect(result.status == 0)
        #expect(result.stdout == "\(path): lossless\n")
    }

    @Test func roundtripLossyExitsOne() async throws {
        // `0123` is octal 83 to YAML 1.1 readers: JSON keeps the value, not the text.
        let path = try file("lossy.yaml", "A: 0123\n")
        let result = try await CLI.run(["roundtrip", path])
        #expect(result.status == 1)
        #expect(result.stdout == "\(path): not lossless as json at /A: number 0123 became number 83\n")
    }

    @Test func roundtripInputErrorExitsTwoWithTheErrorLine() async throws {
        let bad = try file("dup.yaml", "A: 1\nA: 2\n")
        let good = try file("ok.json", "{\"A\": 1}")
        let result = try await CLI.run(["roundtrip", good, bad])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "\(bad):2:1: error: duplicate key 'A' (first at 1:1); remove or rename one of them\n  A: 2\n  ^\n")
        #expect(result.stdout == "\(good): lossless\n")
    }

    @Test func roundtripJSONReportHasSchemaVersionAndPerFileResults() async throws {
        let good = try file("ok.yaml", "A: !Ref B\n")
        let lossy = try file("lossy.yaml", "A: +1\n")
        let result = try await CLI.run(["roundtrip", good, lossy, "--format", "json"])
        #expect(result.status == 1)
        let report = try TemplateReader.read(Array(result.stdout.utf8), file: "report.json", format: .json)
        #expect(report["schemaVersion"]?.value == .number("1"))
        let files = try #require(report["files"]?.listValue)
        #expect(files.map { $0["status"]?.stringValue } == ["lossless", "lossy"])
        #expect(files[1]["losses"]?.listValue?.first?["path"]?.stringValue == "/A")
    }

    @Test func convertWritesTheOtherFormat() async throws {
        let path = try file(
            "t.json", "{\"A\": {\"Fn::GetAtt\": [\"Db\", \"Endpoint.Address\"]}, \"B\": \"2010-09-09\"}")
        let yaml = try await CLI.run(["convert", path, "--to", "yaml"])
        #expect(yaml.status == 0)
        #expect(yaml.stdout == "A: !GetAtt Db.Endpoint.Address\nB: '2010-09-09'\n")
        let json = try await CLI.run(["convert", path, "--to", "json"])
        #expect(
            json.stdout
                == "{\n  \"A\": {\n    \"Fn::GetAtt\": [\n      \"Db\",\n      \"Endpoint.Address\"\n    ]\n  },\n  \"B\": \"2010-09-09\"\n}\n"
        )
    }

    @Test func convertBadInputExitsTwo() async throws {
        let path = try file("tab.yaml", "A:\n\tB: 1\n")
        let result = try await CLI.run(["convert", path, "--to", "json"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "\(path):2:1: error: a tab character in the indentation; YAML indents with spaces only, replace the tab\n"
                    + "  \tB: 1\n  ^\n")
    }
}
