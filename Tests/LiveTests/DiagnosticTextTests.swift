import AWS
import Findings
import Live
import Report
import Template
import Testing

/// The one rendering of errors: the first line scripts read, then the source line and a caret as
/// compilers print them, then the hint.
@Suite struct DiagnosticTextTests {
    private func at(_ line: Int, _ column: Int, _ message: String = "bad") -> Diagnostic {
        Diagnostic(mark: .source(SourceMark(file: "t.yaml", line: line, column: column)), message: message)
    }

    @Test func templateErrorsGetTheirLineAndACaretUnderTheColumn() {
        let text = DiagnosticText.render(at(2, 9, "unknown tag"), sourceLine: "  Type: !Reff X")
        #expect(text == "t.yaml:2:9: error: unknown tag\n    Type: !Reff X\n          ^")
    }

    @Test func tabsBeforeTheColumnAreKeptSoTheCaretLinesUp() {
        #expect(DiagnosticText.caret(under: 3, of: "\t\tB: 1") == "\t\t^")
        #expect(DiagnosticText.caret(under: 4, of: "a\tb c") == " \t ^")
    }

    /// Columns count characters, as the readers count them: a two-byte `é` and a four-byte emoji are
    /// one column each, not two or four.
    @Test func multiByteCharactersCountOnce() {
        #expect(DiagnosticText.caret(under: 4, of: "\u{E9}\u{1F600}:x") == "   ^")
        #expect(DiagnosticText.caret(under: 9, of: "Name: \"\u{E9}\" x") == "        ^")
    }

    @Test func aColumnPastTheLineEndPointsJustAfterIt() {
        #expect(DiagnosticText.caret(under: 5, of: "ab") == "    ^")
        #expect(DiagnosticText.caret(under: 1, of: "") == "^")
    }

    @Test func sourceLinesDropLineEndsAndTheByteOrderMark() {
        let bytes = Array("\u{FEFF}A: 1\r\nB: \t2\nC: 3".utf8)
        #expect(DiagnosticText.sourceLine(1, of: bytes) == "A: 1")
        #expect(DiagnosticText.sourceLine(2, of: bytes) == "B: \t2")
        #expect(DiagnosticText.sourceLine(3, of: bytes) == "C: 3")
        #expect(DiagnosticText.sourceLine(4, of: bytes) == nil)
        #expect(DiagnosticText.sourceLine(1, of: [0x41, 0xFF, 0x0A]) == nil)
    }

    @Test func aFileOrNoMarkIsOneLineAndTheHintFollows() {
        let file = Diagnostic(mark: .file("nope.json"), message: "no such file; check the path")
        #expect(DiagnosticText.render(file, sourceLine: "ignored") == "nope.json: error: no such file; check the path")
        let hinted = Diagnostic(message: "no credentials", hint: "run stackcheck whoami")
        #expect(DiagnosticText.render(hinted) == "error: no credentials\n  hint: run stackcheck whoami")
        #expect(DiagnosticText.line(hinted) == "error: no credentials")
    }

    /// AWS errors are marked by the call, the HTTP status and the request id; throttling is exit 3.
    @Test func awsErrorsNameTheOperationCodeAndRequestId() {
        let denied = AWSError(
            kind: .service, service: "ecs", operation: "DescribeServices", code: "AccessDeniedException",
            message: "not authorized to perform: ecs:DescribeServices", requestId: "r-1", status: 400)
        let diagnostic = denied.diagnostic
        #expect(diagnostic.exitClass == .undecided)
        #expect(
            diagnostic.mark
                == .operation(action: "ecs:DescribeServices", code: "AccessDeniedException", status: 400, requestId: "r-1"))
        #expect(DiagnosticText.line(diagnostic) == "error: \(denied)")
        #expect(diagnostic.hint?.contains("stackcheck iam-policy") == true)
        let throttled = AWSError(
            kind: .service, service: "cloudformation", operation: "DescribeStacks", code: "Throttling",
            message: "Rate exceeded", status: 400)
        #expect(throttled.diagnostic.exitClass == .inconclusive)
    }

    @Test func templateAndSpecErrorsBecomeDiagnostics() {
        let mark = SourceMark(file: "s.yaml", line: 3, column: 5)
        let template = TemplateError(mark: mark, message: "duplicate key 'A'", reason: .duplicateKey)
        #expect(template.diagnostic == Diagnostic(mark: .source(mark), message: "duplicate key 'A'"))
        #expect(DiagnosticText.line(template.diagnostic) == template.description)
        let unreadable = TemplateError(file: "gone.yaml", message: "no such file", reason: .unreadable)
        #expect(DiagnosticText.line(unreadable.diagnostic) == "gone.yaml: error: no such file")
    }

    /// A library's own line keeps its mark, so it reads the same and still gets its caret.
    @Test func linesOfOtherLibrariesKeepTheirMark() {
        let parsed = Diagnostic(line: "a:b.yaml:3:7: error: not a report")
        #expect(parsed.mark == .source(SourceMark(file: "a:b.yaml", line: 3, column: 7)))
        #expect(parsed.message == "not a report")
        #expect(Diagnostic(line: "config: error: bad").mark == .file("config"))
        #expect(DiagnosticText.line(Diagnostic(line: "error: stack s has a roleArn")) == "error: stack s has a roleArn")
        #expect(DiagnosticText.line(Diagnostic(line: "no client for us-east-1")) == "error: no client for us-east-1")
    }

    @Test func exitClassesCombineWorstFirst() {
        #expect(ExitClass.worst([.success, .inconclusive, .findings]) == .findings)
        #expect(ExitClass.worst([.inconclusive, .undecided, .findings]) == .undecided)
        #expect(ExitClass.worst([.success, .inconclusive]) == .inconclusive)
        #expect(ExitClass.worst([]) == .success)
        #expect(ExitClass.worst(codes: [0, 130]) == 2)
    }
}
