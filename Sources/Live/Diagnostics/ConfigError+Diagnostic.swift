import AWS
import Findings
import Template

// The AWS layer sits below Findings, so its configuration and credential errors carry their own parts
// (a place and a message); here they become diagnostics, the place as the mark.

extension ConfigError: DiagnosticConvertible {
    /// Exit 2: a configuration that cannot be read leaves nothing to call.
    public var diagnostic: Diagnostic {
        let mark: Diagnostic.Mark =
            switch place {
            case .line(let file, let line, let column): .source(SourceMark(file: file, line: line, column: column))
            case .setting(let name), .file(let name): .file(name)
            case .none: .none
            }
        return Diagnostic(mark: mark, message: message)
    }
}

extension CredentialError: DiagnosticConvertible {
    /// The message names the credential source it is about (`profile "prod": ...`); there is no place
    /// in a file to point at.
    public var diagnostic: Diagnostic { Diagnostic(message: description) }
}
