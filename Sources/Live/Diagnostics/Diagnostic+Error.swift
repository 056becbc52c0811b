import Findings

extension Diagnostic {
    /// The one conversion of a thrown error: its own diagnostic when it has one (AWS errors, template,
    /// spec, fleet file and stack read errors all do), else the line it prints, exit 2. Only an error
    /// of a library that knows no diagnostic (Foundation's) reaches the text path.
    public init(error: any Error) {
        if let convertible = error as? any DiagnosticConvertible {
            self = convertible.diagnostic
        } else {
            self.init(line: "\(error)")
        }
    }
}
