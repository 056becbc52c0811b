import Foundation
import Findings
import Live
import Report
import Template
import Testing

@Suite struct AcceptedDriftTests {
    let file = """
        {"accepted": [
          {"logicalId": "LogGroup", "path": "/Resources/LogGroup/Properties/RetentionInDays",
           "reason": "ops lowered retention during the incident", "expires": "2026-12-31"},
          {"logicalId": "Role", "path": "/Resources/Role", "reason": "old", "expires": "2026-01-01"}
        ]}
        """

    func accepted() throws -> AcceptedDrift {
        try AcceptedDrift.parse(
            TemplateReader.read(Array(file.utf8), file: "accepted.json", format: .json), file: "accepted.json")
    }

    @Test func acceptedFindingsAreShownButDoNotFail() throws {
        var report = sampleReport
        report.findings = [retention]
        let applied = try accepted().apply(to: report, today: "2026-11-26")
        // The Role entry expired: it fails the run with a line that says where and what to do.
        #expect(applied.findings.count == 2)
        #expect(applied.findings[0].acceptance?.reason == "ops lowered retention during the incident")
        let expired = applied.findings[1]
        #expect(expired.kind == .acceptanceExpired)
        #expect(expired.path == "/Resources/Role")
        #expect(expired.resourceType == "AWS::IAM::Role")
        #expect(
            expired.explanation
                == "accepted.json:4:3: acceptance expired on 2026-01-01 (old): "
                + "fix the drift or renew the entry with a new date"
        )
        #expect(applied.status == .drifted)
    }

    @Test func anAcceptanceHoldsThroughItsLastDayAndCoversPathsBelowIt() throws {
        let entry = AcceptedDrift.Entry(
            logicalId: "LogGroup", path: "/Resources/LogGroup", reason: "r", expires: "2026-11-26")
        let onLastDay = AcceptedDrift(entries: [entry]).apply(
            to: DriftReport(stack: "S", findings: [retention], coverage: []), today: "2026-11-26")
        #expect(onLastDay.status == .inSync)
        #expect(onLastDay.accepted.count == 1)
        let dayAfter = AcceptedDrift(entries: [entry]).apply(
            to: DriftReport(stack: "S", findings: [retention], coverage: []), today: "2026-11-27")
        #expect(dayAfter.status == .drifted)
        #expect(dayAfter.failing.map(\.kind) == [.propertyChanged, .acceptanceExpired])
        let sibling = AcceptedDrift.Entry(
            logicalId: "LogGroup", path: "/Resources/LogGroup/Properties/Retention", reason: "r", expires: "2030-01-01")
        #expect(
            AcceptedDrift(entries: [sibling]).apply(
                to: DriftReport(stack: "S", findings: [retention], coverage: []), today: "2026-11-26"
            ).status == .drifted)
    }

    @Test func badEntriesAreCompilerStyleErrors() throws {
        let missingReason = #"{"accepted": [{"logicalId": "X", "path": "/Resources/X", "expires": "2026-01-01"}]}"#
        #expect {
            try AcceptedDrift.parse(
                TemplateReader.read(Array(missingReason.utf8), file: "a.json", format: .json), file: "a.json")
        } throws: {
            "\($0)" == "a.json:1:15: error: accepted drift entry needs \"reason\" (why this drift is accepted)"
        }
        let badDate = #"{"accepted": [{"logicalId": "X", "reason": "r", "expires": "31/12/2026"}]}"#
        #expect {
            try AcceptedDrift.parse(
                TemplateReader.read(Array(badDate.utf8), file: "a.json", format: .json), file: "a.json")
        } throws: { "\($0)" == "a.json:1:60: error: \"expires\" must be a date as YYYY-MM-DD, not \"31/12/2026\"" }
    }

    @Test func aFileThatIsNotAnAcceptedListSaysWhatItMustBe() throws {
        #expect {
            try AcceptedDrift.parse(
                TemplateReader.read(Array(#"{"x": 1}"#.utf8), file: "a.json", format: .json), file: "a.json")
        } throws: {
            "\($0)"
                == "a.json:1:1: error: accepted drift must be {\"accepted\": [...]}, "
                + "a list of {logicalId, path, reason, expires}"
        }
    }

    @Test func todayIsAUTCDate() {
        #expect(AcceptedDrift.day(Date(timeIntervalSince1970: 0)) == "1970-01-01")
        #expect(AcceptedDrift.day(Date(timeIntervalSince1970: 1_764_201_599)) == "2025-11-26")
    }
}
