import ArgumentParser

/// The exit codes of DESIGN.md, the same for every command.
extension ExitCode {
    /// Findings: not lossless, differs, drifted, failed.
    static let findings = ExitCode(1)
    /// The run could not decide: bad input, missing stack, auth.
    static let undecided = ExitCode(2)
    /// Throttled or timed out before an answer.
    static let inconclusive = ExitCode(3)
}
