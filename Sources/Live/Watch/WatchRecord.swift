import AWS
import FoundationEssentials
import Findings
import Template

/// One line of the watch history (JSON Lines): when, what status, which findings, and whether the
/// result changed since the run before and a notification went out.
public struct WatchRecord: Sendable, Equatable {
    public var time: Date
    public var stack: String
    public var run: Int
    /// `IN_SYNC`, `DRIFTED`, `INCONCLUSIVE`, or `ERROR` when the run could not decide.
    public var status: String
    public var exitCode: Int32
    public var durationMilliseconds: Int
    /// `logicalId kind path` of each failing finding, sorted: what "the result" is made of.
    public var findings: [String]
    public var error: String?
    public var changed: Bool
    public var notified: Bool?

    /// Two runs have the same result when their status and failing findings are the same.
    public var fingerprint: String { ([status] + findings).joined(separator: "\n") }

    public init(
        time: Date, stack: String, run: Int, status: String, exitCode: Int32, durationMilliseconds: Int,
        findings: [String], error: String? = nil, changed: Bool = false, notified: Bool? = nil
    ) {
        self.time = time
        self.stack = stack
        self.run = run
        self.status = status
        self.exitCode = exitCode
        self.durationMilliseconds = durationMilliseconds
        self.findings = findings
        self.error = error
        self.changed = changed
        self.notified = notified
    }

    public static func findingKeys(_ report: DriftReport) -> [String] {
        report.failing.map { "\($0.logicalId) \($0.kind.rawValue) \($0.path)" }.sorted()
    }

    public var json: JSONValue {
        var fields: [(String, JSONValue)] = [
            ("schemaVersion", .number(1)),
            ("time", .string(Self.timestamp(time))),
            ("stack", .string(stack)),
            ("run", .number(run)),
            ("status", .string(status)),
            ("exitCode", .number(Int(exitCode))),
            ("durationMs", .number(durationMilliseconds)),
            ("findings", .array(findings.map { .string($0) })),
            ("changed", .bool(changed)),
        ]
        if let notified { fields.append(("notified", .bool(notified))) }
        if let error { fields.append(("error", .string(error))) }
        return .object(fields)
    }

    /// Reads back the fields change detection needs from a history line; nil for a foreign line.
    public static func parse(_ line: String) -> (stack: String, fingerprint: String)? {
        guard let object = try? TemplateReader.read(Array(line.utf8), file: "history", format: .json),
            let stack = object["stack"]?.stringValue, let status = object["status"]?.stringValue
        else { return nil }
        let findings = object["findings"]?.listValue?.compactMap(\.stringValue) ?? []
        return (stack, ([status] + findings).joined(separator: "\n"))
    }

    static func timestamp(_ date: Date) -> String {
        UTCTime(date).iso8601Milliseconds
    }
}
