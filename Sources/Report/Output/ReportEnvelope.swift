import Findings

/// The one JSON shape every live command prints, whatever happened (one stack, many, a missing one):
///
///     {"schemaVersion": 2, "command": "drift",
///      "stacks": [{"stack": "s", "region": "us-east-2", "status": "DRIFTED", "exitCode": 1, ...},
///                 {"stack": "gone", "region": "us-east-2", "status": "ERROR", "exitCode": 2, "error": "..."}]}
///
/// `status` is always stackcheck's result for that stack (drift IN_SYNC|DRIFTED|INCONCLUSIVE, smoke
/// PASS|FAIL|INCONCLUSIVE, describe SETTLED|IN_PROGRESS|FAILED|UNKNOWN, and ERROR for a stack the run
/// could not decide about); the command's own fields follow it.
public enum ReportEnvelope {
    /// 2: version 1 printed a bare report for one stack and an envelope only for several.
    public static let schemaVersion = 2

    public static func json(command: String, stacks: [JSONValue]) -> JSONValue {
        .object([
            ("schemaVersion", .number(schemaVersion)), ("command", .string(command)), ("stacks", .array(stacks)),
        ])
    }

    /// The fields every stack entry starts with, in order.
    public static func head(stack: String, region: String?, status: String, exitCode: Int32) -> [(String, JSONValue)] {
        [
            ("stack", .string(stack)), ("region", .string(region)), ("status", .string(status)),
            ("exitCode", .number(Int(exitCode))),
        ]
    }
}

/// A stack the run could not decide about (missing, access denied, unreadable answer): never dropped
/// from a report, in any format.
public struct StackFailure: Error, Sendable, Equatable {
    public var stack: String
    public var region: String?
    /// Why: its mark (the AWS call and request id, a file place), message, hint and exit class.
    public var diagnostic: Diagnostic

    public init(stack: String, region: String?, diagnostic: Diagnostic) {
        self.stack = stack
        self.region = region
        self.diagnostic = diagnostic
    }

    /// The one-line error, as printed on stderr.
    public var message: String { DiagnosticText.line(diagnostic) }
    /// Throttled or out of time (INCONCLUSIVE, exit 3) rather than undecided (ERROR, exit 2).
    public var isInconclusive: Bool { diagnostic.exitClass == .inconclusive }
    public var status: String { isInconclusive ? "INCONCLUSIVE" : "ERROR" }
    public var exitCode: Int32 { isInconclusive ? 3 : 2 }

    public var json: JSONValue {
        .object(
            ReportEnvelope.head(stack: stack, region: region, status: status, exitCode: exitCode)
                + [("error", .string(message))] + DiagnosticJSON.fields(diagnostic))
    }

    /// One suite holding one case that does not pass, so CI lists the stack as broken.
    public func junitSuite(command: String) -> JUnitSuite {
        let item = JUnitCase(
            name: "stack", className: "stackcheck.\(command).\(stack)",
            outcome: isInconclusive
                ? .error(message: message, detail: message) : .failed(message: message, detail: message))
        return JUnitSuite(
            name: "\(command) \(stack)", cases: [item], properties: [("stack", stack), ("status", status)])
    }

    public func markdown(command: String) -> String {
        "### stackcheck \(command) \(Markdown.code(stack)): **\(status)**\n\n> \(Markdown.cell(message))\n"
    }
}
