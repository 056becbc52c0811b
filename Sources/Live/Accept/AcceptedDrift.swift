import AWS
import FoundationEssentials
import Findings
import Template
import TextBasics

/// The checked-in list of drift a team has decided to live with for a while:
/// `{"accepted": [{"logicalId", "path", "reason", "expires": "YYYY-MM-DD"}]}`.
/// An entry covers findings of that resource at `path` or below it. Accepted findings are shown but
/// do not fail the run; an entry past its expiry date fails it, whether or not it still matches.
public struct AcceptedDrift: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var logicalId: String
        public var path: String
        public var reason: String
        /// The last day (UTC) the acceptance holds.
        public var expires: String
        public var mark: SourceMark?

        public init(logicalId: String, path: String, reason: String, expires: String, mark: SourceMark? = nil) {
            self.logicalId = logicalId
            self.path = path
            self.reason = reason
            self.expires = expires
            self.mark = mark
        }

        func covers(_ finding: Finding) -> Bool {
            finding.logicalId == logicalId
                && (finding.path == path || path.isEmpty
                    || finding.path.hasPrefix(path.hasSuffix("/") ? path : path + "/"))
        }

        func isExpired(today: String) -> Bool { today > expires }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    public static func load(path: String) throws -> AcceptedDrift {
        try parse(TemplateReader.read(path: path), file: path)
    }

    public static func parse(_ document: Node, file: String) throws -> AcceptedDrift {
        guard let list = document["accepted"]?.listValue else {
            throw TemplateError(
                mark: document.mark ?? SourceMark(file: file, line: 1, column: 1),
                message: "accepted drift must be {\"accepted\": [...]}, a list of {logicalId, path, reason, expires}")
        }
        return AcceptedDrift(entries: try list.map { try entry($0, file: file) })
    }

    private static func entry(_ node: Node, file: String) throws -> Entry {
        let mark = node.mark ?? SourceMark(file: file, line: 1, column: 1)
        func field(_ key: String, _ what: String) throws -> String {
            guard let text = node[key]?.stringValue, !text.trimmed(.whitespaces).isEmpty else {
                throw TemplateError(
                    mark: node[key]?.mark ?? mark, message: "accepted drift entry needs \"\(key)\" (\(what))")
            }
            return text
        }
        let expires = try field("expires", "the last day it holds, YYYY-MM-DD")
        guard isDate(expires) else {
            throw TemplateError(
                mark: node["expires"]?.mark ?? mark,
                message: "\"expires\" must be a date as YYYY-MM-DD, not \"\(expires)\"")
        }
        let path = node["path"]?.stringValue ?? ""
        guard path.isEmpty || path.hasPrefix("/") else {
            throw TemplateError(
                mark: node["path"]?.mark ?? mark,
                message: "\"path\" must be a JSON Pointer such as /Resources/X/Properties/Y, not \"\(path)\"")
        }
        return Entry(
            logicalId: try field("logicalId", "the resource's logical id"), path: path,
            reason: try field("reason", "why this drift is accepted"), expires: expires, mark: mark)
    }

    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil
        else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    /// Today's date (UTC) as `YYYY-MM-DD`, the form expiry dates compare with.
    public static func day(_ date: Date) -> String {
        UTCTime(wholeSecondOf: date).date
    }

    /// Marks the findings live entries cover, and adds a failing finding for each expired entry.
    public func apply(to report: DriftReport, today: String) -> DriftReport {
        var out = report
        for index in out.findings.indices where out.findings[index].acceptance == nil {
            guard let entry = entries.first(where: { $0.covers(out.findings[index]) && !$0.isExpired(today: today) })
            else { continue }
            out.findings[index].acceptance = Acceptance(reason: entry.reason, expires: entry.expires, mark: entry.mark)
        }
        for entry in entries where entry.isExpired(today: today) {
            let type =
                report.findings.first { $0.logicalId == entry.logicalId }?.resourceType
                ?? report.coverage.first { $0.logicalId == entry.logicalId }?.resourceType ?? ""
            let place = entry.mark.map { "\($0): " } ?? ""
            out.findings.append(
                Finding(
                    logicalId: entry.logicalId, resourceType: type, kind: .acceptanceExpired,
                    path: entry.path.isEmpty ? FindingPath.resource(entry.logicalId) : entry.path,
                    explanation: "\(place)acceptance expired on \(entry.expires) (\(entry.reason)): "
                        + "fix the drift or renew the entry with a new date"))
        }
        return out
    }
}
