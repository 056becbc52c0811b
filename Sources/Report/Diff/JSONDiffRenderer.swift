import Findings
import Template

/// The machine report (schema version 1): one difference per line so it also greps well.
///
/// `{"schemaVersion": 1, "equivalent": false, "profile": "cfn", "leftFile": ..., "rightFile": ...,
///   "differences": [{"path", "kind", "left", "right", "leftMark", "rightMark"}]}`. A value or mark
/// that does not exist (the left side of an added value) is `null`; the kind tells it apart from a
/// null value. Marks are `{"file", "line", "column"}`.
public enum JSONDiffRenderer {
    public static let schemaVersion = 1

    public static func render(_ report: DiffReport) -> String {
        JSONValue.object([
            ("schemaVersion", .number(schemaVersion)),
            ("equivalent", .bool(report.equivalent)),
            ("profile", .string(report.profile)),
            ("leftFile", .string(report.leftName)),
            ("rightFile", .string(report.rightName)),
            ("differences", .array(report.differences.map(object))),
        ]).pretty(compactFrom: 2)
    }

    static func object(_ difference: Difference) -> JSONValue {
        .object([
            ("path", .string(difference.path)),
            ("kind", .string(difference.kind.rawValue)),
            ("left", difference.left.map(JSONValue.init) ?? .null),
            ("right", difference.right.map(JSONValue.init) ?? .null),
            ("leftMark", mark(difference.left?.mark)),
            ("rightMark", mark(difference.right?.mark)),
        ])
    }

    static func mark(_ mark: SourceMark?) -> JSONValue {
        guard let mark else { return .null }
        return .object([("file", .string(mark.file)), ("line", .number(mark.line)), ("column", .number(mark.column))])
    }
}
