import Findings
import FoundationEssentials
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
            if line.allSatisfy(\.isWhitespace) { continue }
            guard let object = try? TemplateReader.read(Array(line.utf8), file: path, format: .json),
                let stack = object["stack"]?.stringValue, let status = object["status"]?.stringValue
            else {
                throw ReadError(
                    diagnostic: Diagnostic(
                        at: SourceMark(file: path, line: index + 1, column: 1),
                        message: "not a watch history record (a JSON object with \"stack\" and \"status\"); "
                            + "is this a `watch --history` file?"))
            }
            let integer = { (key: String) in object[key].flatMap { node in Self.integer(node) } ?? 0 }
            entries.append(
                Entry(
                    time: object["time"]?.stringValue ?? "", stack: stack, run: integer("run"),
                    status: status, exitCode: integer("exitCode"), durationMilliseconds: integer("durationMs"),
                    findings: object["findings"]?.listValue?.compactMap(\.stringValue) ?? [],
                    error: object["error"]?.stringValue, changed: object["changed"]?.value == .bool(true)))
        }
    }

    private static func integer(_ node: Node) -> Int? {
        guard case .number(let text) = node.value else { return nil }
        return Int(text)
    }
}
