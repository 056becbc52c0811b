import Foundation
import StackCheckTestSupport
import Testing

/// `stackcheck golden verify|record`, run as a user runs them.
@Suite struct GoldenCommandTests {
    @Test func verifyPassesOnTheCheckedInGoldens() async throws {
        let result = try await CLI.run(["golden", "verify"], currentDirectory: TestData.packageRoot)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(
            result.stdout
                == "Golden/template.json: matches\nGolden/template.yaml: matches\n"
                + "Golden/harness.json: matches\nGolden/harness.yaml: matches\n")
    }

    @Test func recordThenVerifyInAFreshDirectory() async throws {
        let directory = try Goldens.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let dir = directory.path
        let noCI: [String: String?] = ["CI": nil]

        var result = try await CLI.run(["golden", "record", "--golden-dir", dir], environment: noCI)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout
                == "\(dir)/template.json: created\n\(dir)/template.yaml: created\n"
                + "\(dir)/harness.json: created\n\(dir)/harness.yaml: created\n")

        result = try await CLI.run(["golden", "record", "--golden-dir", dir], environment: noCI)
        #expect(
            result.stdout
                == "\(dir)/template.json: unchanged\n\(dir)/template.yaml: unchanged\n"
                + "\(dir)/harness.json: unchanged\n\(dir)/harness.yaml: unchanged\n")
        #expect(
            try Data(contentsOf: directory.appendingPathComponent("template.json"))
                == Data(contentsOf: URL(fileURLWithPath: Goldens.json)))

        // Break one value in the YAML golden: verify names it, record puts it back.
        let yaml = directory.appendingPathComponent("template.yaml")
        let text = try String(contentsOf: yaml, encoding: .utf8)
        try text.replacingOccurrences(of: "MaxCapacity: 10", with: "MaxCapacity: 12")
            .write(to: yaml, atomically: true, encoding: .utf8)
        result = try await CLI.run(["golden", "verify", "--golden-dir", dir])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(dir)/template.json: matches\n"))
        #expect(
            result.stdout.contains(
                "  ~ /Resources/DataIngestionScalableTarget/Properties/MaxCapacity: golden 12 (\(dir)/template.yaml:"))
        #expect(result.stdout.contains(" → generated 10\n"))

        result = try await CLI.run(["golden", "record", "--golden-dir", dir], environment: ["CI": "true"])
        #expect(result.status == 2)
        #expect(
            result.stderr == "error: \(dir)/template.yaml: recording refused because CI is set: goldens are "
                + "recorded on a developer machine and committed, never written by CI (unset CI to record locally)\n")

        result = try await CLI.run(["golden", "record", "--golden-dir", dir], environment: noCI)
        #expect(result.status == 0)
        #expect(
            result.stdout.contains(
                "template.yaml: updated: /Resources/DataIngestionScalableTarget/Properties/MaxCapacity, "))
        result = try await CLI.run(["golden", "verify", "--golden-dir", dir])
        #expect(result.status == 0)
    }

    @Test func verifyReportsAMissingGolden() async throws {
        let directory = try Goldens.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try await CLI.run(["golden", "verify", "--golden-dir", directory.path])
        #expect(result.status == 1)
        #expect(
            result.stdout.hasPrefix(
                "\(directory.path)/template.json: missing; record it with `stackcheck golden record`\n"))
    }
}
