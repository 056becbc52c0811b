import AWS
import Findings
import FoundationEssentials
import Report

/// The output sinks of the live commands: everything they print passes through `SecretRedactor` here,
/// whatever produced it (reports in every format, progress, error lines), so a secret an answer echoed
/// can never reach a terminal or a CI log.
enum Console {
    /// Writes `text` to stdout as is (add the newline yourself).
    static func out(_ text: String) {
        StandardStream.output.write(SecretRedactor.redact(text))
    }

    /// Writes one line to stderr.
    static func error(_ line: String) {
        StandardStream.error.write(SecretRedactor.redact(line) + "\n")
    }

    /// Writes a diagnostic to stderr: its line, and for a place in a file the source line with a caret.
    static func diagnostic(_ diagnostic: Diagnostic) {
        var source: String?
        if case .source(let mark) = diagnostic.mark, let bytes = FileManager.default.contents(atPath: mark.file) {
            source = DiagnosticText.sourceLine(mark.line, of: Array(bytes))
        }
        error(DiagnosticText.render(diagnostic, sourceLine: source))
    }

    /// Writes `text` to stderr as is (progress lines redrawn in place).
    static func errorRaw(_ text: String) {
        StandardStream.error.write(SecretRedactor.redact(text))
    }
}
