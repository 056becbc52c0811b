import AWS
import Findings

// The AWS layer sits below Findings, so its configuration and credential errors cannot carry a
// Diagnostic: they print compiler-style lines (`file:3:1: error: ...`, `--profile: error: ...`). Here,
// and only here, those lines become diagnostics, their marks kept.

extension ConfigError: DiagnosticConvertible {
    /// Exit 2: a configuration that cannot be read leaves nothing to call.
    public var diagnostic: Diagnostic { Diagnostic(line: description) }
}

extension CredentialError: DiagnosticConvertible {
    public var diagnostic: Diagnostic { Diagnostic(line: description) }
}
