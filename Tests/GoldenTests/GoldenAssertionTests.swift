import BatchStack
import Foundation
import Golden
import Template
import TemplateDiff
import Testing

/// The golden library, in process: messages, record modes, artifacts. Each test works on a copy of the
/// goldens in a scratch directory, with its own environment (never the process's, which a CI run sets).
@Suite struct GoldenAssertionTests {
    let template = BatchProcessingStack.template
    let desiredCount = ["Resources", "DataIngestionService", "Properties", "DesiredCount"]

    func scratchGolden() throws -> (directory: URL, file: GoldenFile) {
        let directory = try Goldens.scratchDirectory()
        let path = directory.appendingPathComponent("template.json").path
        try FileManager.default.copyItem(atPath: Goldens.json, toPath: path)
        return (directory, GoldenFile(path: path))
    }

    func check(_ value: Node, _ file: GoldenFile, mode: GoldenRecordMode?, env: [String: String] = [:]) -> String? {
        GoldenSettings.$environment.withValue(env) {
            GoldenSettings.$record.withValue(mode) { GoldenAssertion.check(value, against: file) }
        }
    }

    @Test func aChangedPropertyIsNamedByPointerWithBothValuesAndPlaces() throws {
        let (directory, file) = try scratchGolden()
        defer { try? FileManager.default.removeItem(at: directory) }
        let changed = template.replacing(desiredCount, with: .number("3"))
        let message = try #require(check(changed, file, mode: .never))

        let goldenMark = try #require(
            GoldenMessage.mark(in: try TemplateReader.read(path: file.path), at: desiredCount))
        let artifactMark = try #require(
            GoldenMessage.mark(in: try TemplateReader.read(path: file.artifactPath), at: desiredCount))
        #expect(goldenMark.line == artifactMark.line)
        #expect(
            message == """
                \(file.path): the generated template differs from the golden (profile strict): 1 difference
                  ~ /Resources/DataIngestionService/Properties/DesiredCount: golden 2 (\(goldenMark)) → generated 3 \
                (\(artifactMark))
                Generated output written to \(file.artifactPath).
                If the change is intended, re-record: STACKCHECK_RECORD=failed swift test, or swift package \
                --allow-writing-to-package-directory update-goldens.
                """)
        #expect(file.artifactPath.hasSuffix("/template.artifact.json"))
        // The golden itself is untouched: `never` only reports.
        #expect(try TemplateReader.read(path: file.path)[desiredCount[0]] == template[desiredCount[0]])
    }

    @Test func aMatchPassesAndClearsAStaleArtifact() throws {
        let (directory, file) = try scratchGolden()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = check(template.replacing(desiredCount, with: .number("3")), file, mode: .never)
        #expect(FileManager.default.fileExists(atPath: file.artifactPath))
        #expect(check(template, file, mode: nil) == nil)
        #expect(!FileManager.default.fileExists(atPath: file.artifactPath))
    }

    @Test func missingIsRecordedByDefaultAndTheRunFails() throws {
        let directory = try Goldens.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = GoldenFile(path: directory.appendingPathComponent("new.yaml").path)
        let message = check(template, file, mode: nil)
        #expect(
            message == """
                \(file.path): no golden file
                Recorded \(file.path) (created). Re-run with recording off (unset STACKCHECK_RECORD) to verify, \
                and commit it.
                """)
        #expect(try String(contentsOfFile: file.path, encoding: .utf8) == TemplateWriter.yaml(template))
        #expect(check(template, file, mode: nil) == nil)
    }

    @Test func neverDoesNotRecordAMissingGolden() throws {
        let directory = try Goldens.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = GoldenFile(path: directory.appendingPathComponent("template.json").path)
        let message = try #require(check(template, file, mode: .never))
        #expect(message.hasPrefix("\(file.path): no golden file (record mode never)\nGenerated output written to "))
        #expect(!FileManager.default.fileExists(atPath: file.path))
        #expect(FileManager.default.fileExists(atPath: file.artifactPath))
    }

    @Test func failedReRecordsADifferingGolden() throws {
        let (directory, file) = try scratchGolden()
        defer { try? FileManager.default.removeItem(at: directory) }
        let changed = template.replacing(desiredCount, with: .number("3"))
        let message = try #require(check(changed, file, mode: .failed))
        #expect(
            message.contains(
                "\nRecorded \(file.path) (updated: /Resources/DataIngestionService/Properties/DesiredCount)."))
        #expect(try TemplateReader.read(path: file.path) == changed)
        #expect(check(changed, file, mode: .never) == nil)
    }

    @Test func allReRecordsEvenAMatchAndFails() throws {
        let (directory, file) = try scratchGolden()
        defer { try? FileManager.default.removeItem(at: directory) }
        let message = check(template, file, mode: .all)
        #expect(message?.hasPrefix("record mode is all\nRecorded \(file.path) (unchanged).") == true)
    }

    @Test func recordingIsRefusedWhenCIIsSet() throws {
        let (directory, file) = try scratchGolden()
        defer { try? FileManager.default.removeItem(at: directory) }
        let before = try Data(contentsOf: URL(fileURLWithPath: file.path))
        let changed = template.replacing(desiredCount, with: .number("3"))
        let refusal =
            "\(file.path): recording refused because CI is set: goldens are recorded on a developer "
            + "machine and committed, never written by CI (unset CI to record locally)"
        for (mode, env) in [(GoldenRecordMode.failed, ["CI": "true"]), (nil, ["CI": "1", "STACKCHECK_RECORD": "all"])] {
            let message = try #require(check(changed, file, mode: mode, env: env))
            #expect(message.contains("\n" + refusal + "\nGenerated output written to \(file.artifactPath)."))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: file.path)) == before)
        GoldenSettings.$environment.withValue(["CI": "true"]) {
            #expect(GoldenSettings.isCI)
            #expect(throws: GoldenError.self) { try GoldenRecorder.record(changed, into: file) }
            #expect((try? GoldenSettings.resolvedMode()) == .never)
        }
        GoldenSettings.$environment.withValue(["CI": "false"]) { #expect(!GoldenSettings.isCI) }
    }

    @Test func anUnknownRecordModeIsAnError() {
        let message = GoldenSettings.$environment.withValue(["STACKCHECK_RECORD": "sometimes"]) {
            GoldenAssertion.check(template, at: Goldens.json)
        }
        #expect(message == "STACKCHECK_RECORD=sometimes is not a record mode: use all, missing, never or failed")
    }

    @Test func aTaskLocalModeWinsOverTheEnvironment() {
        GoldenSettings.$environment.withValue(["STACKCHECK_RECORD": "all"]) {
            GoldenSettings.$record.withValue(.never) { #expect((try? GoldenSettings.resolvedMode()) == .never) }
            #expect((try? GoldenSettings.resolvedMode()) == .all)
        }
    }
}
