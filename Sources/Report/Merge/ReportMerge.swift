import Findings
import Template

/// Shard reports (drift or smoke JSON, one stack or a `{"stacks": [...]}` document) combined into one,
/// each stack's report kept as written, with the exit code the runs would have had together.
public enum ReportMerge {
    /// A file that is not a stackcheck report: exit 2, at the place that is not one.
    public struct ReadError: Error, CustomStringConvertible, Sendable, DiagnosticConvertible {
        public var diagnostic: Diagnostic
        public var description: String { DiagnosticText.line(diagnostic) }
    }

    /// The stack reports in one file, in order.
    public static func stacks(path: String) throws -> [Node] {
        let root = try TemplateReader.data(path: path)
        if let list = root["stacks"]?.listValue { return list }
        if root["stack"]?.stringValue != nil, root["status"]?.stringValue != nil { return [root] }
        throw ReadError(
            diagnostic: Diagnostic(
                at: root.mark.map { SourceMark(file: path, line: $0.line, column: $0.column) }, file: path,
                message: "not a stackcheck JSON report (an object with \"stack\" and \"status\", or with "
                    + "\"stacks\"); write shard reports with --format json"))
    }

    /// DESIGN.md's codes by status: in sync or passing 0, drifted or failing 1, inconclusive 3, else 2.
    public static func exitCode(status: String) -> Int32 {
        switch status {
        case "IN_SYNC", "PASS": 0
        case "DRIFTED", "FAIL": 1
        case "INCONCLUSIVE": 3
        default: 2
        }
    }

    public static func worst(_ codes: [Int32]) -> Int32 { ExitClass.worst(codes: codes) }

    public static func json(_ stacks: [Node]) -> String {
        JSONValue.object([("schemaVersion", .number(1)), ("stacks", .array(stacks.map(JSONValue.init)))]).pretty
    }

    public static func text(_ stacks: [Node]) -> String {
        var out = ""
        for stack in stacks {
            let name = stack["stack"]?.stringValue ?? "?"
            let status = stack["status"]?.stringValue ?? "?"
            var line = "\(name): \(status)"
            if let findings = stack["findings"]?.listValue { line += ", \(findings.count) findings" }
            if let checks = stack["checks"]?.listValue { line += ", \(checks.count) checks" }
            out += line + "\n"
        }
        let codes = stacks.map { exitCode(status: $0["status"]?.stringValue ?? "") }
        return out + "\(stacks.count) stacks; exit \(worst(codes))\n"
    }
}
