import Foundation
import StackCheckTestSupport
import Testing

/// `stackcheck report html` on bad input: one line naming file:line:column, exit 2.
@Suite struct ReportCommandTests {
    @Test func aLineThatIsNotAHistoryRecordIsNamed() async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: url) }
        try "{\"stack\":\"s\",\"status\":\"IN_SYNC\",\"run\":1}\n\nnot json\n".write(
            to: url, atomically: true, encoding: .utf8)
        let result = try await CLI.run(["report", "html", url.path, "--template", StackFixtures.goldenPath])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "\(url.path):3:1: error: not a watch history record (a JSON object with \"stack\" and \"status\"); "
                + "is this a `watch --history` file?\n  not json\n  ^\n")
        #expect(result.stdout.isEmpty)

        let missing = try await CLI.run(["report", "html", "/nonexistent.jsonl"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "error: history file /nonexistent.jsonl not found or unreadable\n")
    }
}
