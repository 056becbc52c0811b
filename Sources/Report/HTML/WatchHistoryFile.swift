import Findings
import Foundation
import Template

/// A `stackcheck watch --history` file read back: one entry per JSON line. A line that is not a
/// history record is an input error naming its line.
public struct WatchHistoryFile: Sendable {
    public struct Entry: Sendable, Equatable {
        public var time: String
        public var stack: String
        public var run: Int
        public var status: String
        public var exitCode: Int
        public var durationMilliseconds: Int
        /// `logicalId kind path` of each failing finding.
        public var findings: [String]
        public var error: String?
        public var changed: Bool
    }

    public struct ReadError: Error, CustomStringConvertible, Sendable, DiagnosticConvertible {
        public var diagnostic: Diagnostic
        public var description: String { DiagnosticText.line(diagnostic) }
    }

    public var path: String
    public var entries: [Entry]

    public init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(diagnostic: Diagnostic(message: "history file \(path) not found or unreadable"))
        }
        self.path = path
        entries = []
        for (index, line) in String(decoding: data, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false
        )
        .enumerated() {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
                let stack = object["stack"] as? String, let status = object["status"] as? String
            else {
                throw ReadError(
                    diagnostic: Diagnostic(
                        at: SourceMark(file: path, line: index + 1, column: 1),
                        message: "not a watch history record (a JSON object with \"stack\" and \"status\"); "
                            + "is this a `watch --history` file?"))
            }
            entries.append(
                Entry(
                    time: object["time"] as? String ?? "", stack: stack, run: object["run"] as? Int ?? 0,
                    status: status, exitCode: object["exitCode"] as? Int ?? 0,
                    durationMilliseconds: object["durationMs"] as? Int ?? 0,
                    findings: object["findings"] as? [String] ?? [], error: object["error"] as? String,
                    changed: object["changed"] as? Bool ?? false))
        }
    }
}
