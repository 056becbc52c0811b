import Findings
import Report
import Template

/// A stacks file that cannot be used: `file:line:column: error: ...`, exit 2.
public struct FleetFileError: Error, CustomStringConvertible, Sendable, DiagnosticConvertible {
    public var diagnostic: Diagnostic

    init(_ node: Node, in path: String, _ message: String) {
        diagnostic = Diagnostic(at: node.mark, file: path, message: message)
    }

    public var description: String { DiagnosticText.line(diagnostic) }
}
