import Findings
import Foundation
import Golden
import Report
import Template
import Testing

@testable import Live

/// The error types that used to render themselves carry their diagnostic: the place (file, line and
/// column as the user wrote it) is a mark, not text to parse back, and the first line reads as before.
@Suite struct ErrorDiagnosticTests {
    func write(_ text: String, ext: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("diag-\(UUID().uuidString).\(ext)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func aParametersFileEntryIsMarkedAtItsLineAndColumn() throws {
        let path = try write("[\n  {\"ParameterKey\": \"Env\"}\n]\n", ext: "json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try DeployParameters.read(file: path)
            Issue.record("an entry without ParameterValue must be an error")
        } catch {
            #expect(error.diagnostic.mark == .source(SourceMark(file: path, line: 2, column: 3)))
            #expect(error.diagnostic.exitClass == .undecided)
            #expect(error.description.hasPrefix("\(path):2:3: error: each entry needs a string ParameterKey"))
        }
    }

    @Test func aSyntaxErrorOnTheFirstLineKeepsTheUserColumn() throws {
        let path = try write("[{\"ParameterKey\" \"Env\"}]\n", ext: "json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try DeployParameters.read(file: path)
            Issue.record("a syntax error must be an error")
        } catch {
            guard case .source(let mark) = error.diagnostic.mark else {
                Issue.record("expected a source mark, got \(error.diagnostic.mark)")
                return
            }
            #expect(mark.file == path && mark.line == 1 && mark.column <= 20)
        }
    }

    @Test func aFileThatIsNotAReportIsMarkedWhereItStarts() throws {
        let path = try write("{\"hello\": 1}\n", ext: "json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try ReportMerge.stacks(path: path)
            Issue.record("a non-report must be an error")
        } catch let error as ReportMerge.ReadError {
            #expect(error.diagnostic.mark == .source(SourceMark(file: path, line: 1, column: 1)))
            #expect(error.description == DiagnosticText.line(error.diagnostic))
            #expect(error.description.hasPrefix("\(path):1:1: error: not a stackcheck JSON report"))
        }
    }

    @Test func unmarkedErrorsReadAsTheyAlwaysDid() {
        let drift = DriftError(Diagnostic(message: "accepted-drift file x.yaml not found"))
        #expect(drift.description == "error: accepted-drift file x.yaml not found")
        let golden = GoldenError("STACKCHECK_RECORD=x is not a record mode")
        #expect(golden.description == "STACKCHECK_RECORD=x is not a record mode")
        #expect(DiagnosticText.line(golden.diagnostic) == "error: STACKCHECK_RECORD=x is not a record mode")
        let smoke = SmokeError(host: "lb.example", "Name or service not known")
        #expect(smoke.description == "Name or service not known")
        #expect(smoke.diagnostic.exitClass == .findings)
    }
}
