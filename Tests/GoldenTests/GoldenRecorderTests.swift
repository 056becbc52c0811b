import BatchStack
import Foundation
import Golden
import Template
import TemplateDiff
import Testing

/// Recording without the plugin: atomic replacement, and nothing touched when nothing changed.
@Suite struct GoldenRecorderTests {
    func record(_ value: Node, _ file: GoldenFile) throws -> GoldenRecorder.Change {
        try GoldenSettings.$environment.withValue([:]) { try GoldenRecorder.record(value, into: file) }
    }

    @Test func recordReplacesTheFileAtomically() throws {
        let directory = try Goldens.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = GoldenFile(path: directory.appendingPathComponent("template.json").path)
        #expect(try record(BatchProcessingStack.template, file) == .created)
        let old = try String(contentsOfFile: file.path, encoding: .utf8)

        // A reader holding the old file (here: a hard link to it) keeps seeing all of the old content: the
        // new content went to a new file renamed over the name, not written into the old one.
        let held = directory.appendingPathComponent("held.json").path
        try FileManager.default.linkItem(atPath: file.path, toPath: held)
        let changed = BatchProcessingStack.template.replacing(
            ["Resources", "XRayLogGroup", "Properties", "RetentionInDays"], with: .number("60"))
        let change = try record(changed, file)
        guard case .updated(let differences) = change else {
            Issue.record("expected updated, got \(change)")
            return
        }
        #expect(differences.map(\.path) == ["/Resources/XRayLogGroup/Properties/RetentionInDays"])
        #expect(try String(contentsOfFile: held, encoding: .utf8) == old)
        #expect(try String(contentsOfFile: file.path, encoding: .utf8) == TemplateWriter.json(changed))
        // No temporary file is left behind.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == [
                "held.json", "template.json",
            ])
    }

    @Test func recordingAnUnchangedGoldenTouchesNothing() throws {
        let directory = try Goldens.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = GoldenFile(path: directory.appendingPathComponent("template.yaml").path)
        _ = try record(BatchProcessingStack.template, file)
        let before = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect(try record(BatchProcessingStack.template, file) == .unchanged)
        let after = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect(before[.systemFileNumber] as? Int == after[.systemFileNumber] as? Int)
        #expect(before[.modificationDate] as? Date == after[.modificationDate] as? Date)
    }

    @Test func aLayoutOnlyChangeIsReformatted() throws {
        let directory = try Goldens.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = GoldenFile(path: directory.appendingPathComponent("template.json").path)
        // The same values on one line: structurally equal, different bytes.
        try Data((TemplateWriter.compactJSON(BatchProcessingStack.template) + "\n").utf8).write(
            to: URL(fileURLWithPath: file.path))
        #expect(try record(BatchProcessingStack.template, file) == .reformatted)
        #expect(
            try String(contentsOfFile: file.path, encoding: .utf8) == TemplateWriter.json(BatchProcessingStack.template)
        )
    }
}
