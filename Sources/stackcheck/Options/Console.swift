import AWS
import Foundation

/// The output sinks of the live commands: everything they print passes through `SecretRedactor` here,
/// whatever produced it (reports in every format, progress, error lines), so a secret an answer echoed
/// can never reach a terminal or a CI log.
enum Console {
    /// Writes `text` to stdout as is (add the newline yourself).
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(SecretRedactor.redact(text).utf8))
    }

    /// Writes one line to stderr.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((SecretRedactor.redact(line) + "\n").utf8))
    }

    /// Writes `text` to stderr as is (progress lines redrawn in place).
    static func errorRaw(_ text: String) {
        FileHandle.standardError.write(Data(SecretRedactor.redact(text).utf8))
    }
}
