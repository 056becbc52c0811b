import ArgumentParser
import Findings

/// argument-parser's exit code for each of `ExitClass`'s, which defines them.
extension ExitCode {
    static let findings = ExitCode(ExitClass.findings)
    static let undecided = ExitCode(ExitClass.undecided)
    static let inconclusive = ExitCode(ExitClass.inconclusive)

    init(_ exitClass: ExitClass) { self.init(exitClass.code) }
}
