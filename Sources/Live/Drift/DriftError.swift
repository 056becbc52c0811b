import Findings
import Report

/// Why a drift run could not decide at all (exit 2): an unreadable template or accepted-drift file, a
/// live answer that is not what the service documents. A stack that cannot be read is `StackReadError`.
public struct DriftError: Error, CustomStringConvertible, Sendable, DiagnosticConvertible {
    public var diagnostic: Diagnostic

    public init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }

    /// The first line, as the command prints it.
    public var description: String { DiagnosticText.line(diagnostic) }
}
