import AWS
import Findings
import Live
import Report
import Template
import Testing

/// A stack the run could not decide about carries its diagnostic, not its text: the AWS call, error
/// code and request id stay a mark that JSON reports carry, and the exit class decides 2 or 3.
@Suite struct StackFailureDiagnosticTests {
    private let notFound = AWSError(
        kind: .service, service: "cloudformation", operation: "DescribeStacks", code: .validationError,
        message: "Stack with id gone does not exist", requestId: "req-42", status: 400)

    @Test func aMissingStackIsMarkedByTheCallItsCodeAndRequestId() {
        let diagnostic = StackReadError.missing(stack: "gone", region: "eu-west-1", error: notFound).diagnostic
        #expect(
            diagnostic.mark
                == .operation(
                    action: "cloudformation:DescribeStacks", code: "ValidationError", status: 400, requestId: "req-42",
                    explained: true))
        #expect(diagnostic.message == "stack gone does not exist in eu-west-1")
        #expect(diagnostic.exitClass == .undecided)
        #expect(diagnostic.hint?.contains("region") == true)
        // The first line every command prints for it, as before the mark was structured.
        #expect(
            DiagnosticText.line(diagnostic)
                == "error: stack gone does not exist in eu-west-1 (cloudformation:DescribeStacks ValidationError, "
                + "request id req-42)")
    }

    @Test func anExplainedCallWithoutRequestIdNamesOnlyTheCall() {
        let diagnostic = Diagnostic(
            mark: .operation(
                action: "cloudformation:DescribeStacks", code: nil, status: nil, requestId: nil, explained: true),
            message: "stack s is odd")
        #expect(DiagnosticText.line(diagnostic) == "error: stack s is odd (cloudformation:DescribeStacks)")
    }

    @Test func aFailureKeepsTheDiagnosticOfAnyErrorThroughOneConversion() {
        let missing = DriftFailure(
            stack: "gone", region: "eu-west-1",
            error: StackReadError.missing(stack: "gone", region: "eu-west-1", error: notFound))
        let expected = StackReadError.missing(stack: "gone", region: "eu-west-1", error: notFound).diagnostic
        #expect(missing.diagnostic == expected)
        #expect(missing.exitClass == .undecided)
        #expect(missing.message.hasPrefix("error: stack gone does not exist in eu-west-1 ("))

        let throttled = AWSError(
            kind: .service, service: "cloudformation", operation: "DescribeStacks", code: "Throttling",
            message: "Rate exceeded", requestId: "req-7", status: 400)
        let slow = DriftFailure(stack: "s", error: throttled)
        #expect(slow.diagnostic == throttled.diagnostic)
        #expect(slow.exitClass == .inconclusive)
        #expect(slow.message == "error: \(throttled)")

        // A finding-class diagnostic without a report is still a stack that could not be decided.
        let odd = DriftFailure(stack: "s", diagnostic: Diagnostic(message: "x", exitClass: .findings))
        #expect(odd.exitClass == .undecided)

        // An error that knows no diagnostic: its text, exit 2.
        struct Plain: Error, CustomStringConvertible { var description: String { "disk on fire" } }
        let plain = DriftFailure(stack: "s", error: Plain())
        #expect(plain.diagnostic == Diagnostic(message: "disk on fire"))
        #expect(plain.message == "error: disk on fire")
    }

    @Test func aFailedStacksJSONEntryCarriesTheMarkBesideItsLine() throws {
        let diagnostic = StackReadError.missing(stack: "gone", region: "eu-west-1", error: notFound).diagnostic
        let entry = StackFailure(stack: "gone", region: "eu-west-1", diagnostic: diagnostic).json
        #expect(entry["status"] == .string("ERROR"))
        #expect(entry["exitCode"] == .number(2))
        #expect(entry["error"] == .string(DiagnosticText.line(diagnostic)))
        let mark = try #require(entry["mark"])
        #expect(mark["operation"] == .string("cloudformation:DescribeStacks"))
        #expect(mark["code"] == .string("ValidationError"))
        #expect(mark["requestId"] == .string("req-42"))
        #expect(mark["httpStatus"] == .number(400))
        #expect(entry["hint"] == .string(try #require(diagnostic.hint)))

        let place = Diagnostic(mark: .source(.init(file: "t.yaml", line: 3, column: 7)), message: "bad")
        #expect(
            DiagnosticJSON.mark(place.mark)
                == .object([("file", .string("t.yaml")), ("line", .number(3)), ("column", .number(7))]))
        #expect(DiagnosticJSON.fields(Diagnostic(message: "no mark")).isEmpty)
    }

    @Test func configurationErrorsOfTheAWSLayerKeepTheirPlaceAsTheMark() throws {
        // A real parse error, not a hand-made one: the line of the file is the mark.
        let error = try #require(throws: ConfigError.self) { try ConfigFile.parse("region = x\n", path: "cfg") }
        let diagnostic = Diagnostic(error: error)
        #expect(diagnostic.mark == .source(.init(file: "cfg", line: 1, column: 1)))
        #expect(diagnostic.message == "setting before any [section], and add a section header")
        #expect(DiagnosticText.line(diagnostic) == error.description)
        let setting = Diagnostic(error: ConfigError(.setting("AWS_MAX_ATTEMPTS"), "`x` is not a whole number"))
        #expect(setting.mark == .file("AWS_MAX_ATTEMPTS"))
        #expect(DiagnosticText.line(setting) == "AWS_MAX_ATTEMPTS: error: `x` is not a whole number")
        #expect(DiagnosticText.line(Diagnostic(error: ConfigError(.none, "no AWS region"))) == "error: no AWS region")
    }
}
