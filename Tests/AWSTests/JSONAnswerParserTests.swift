import StackCheckTestSupport
import Template
import Testing

@testable import AWS

/// Broken answers: the reader (the project's one JSON reader, `TemplateReader.json`) says what is wrong and
/// where, and the call's error names the operation.
@Suite struct JSONAnswerParserTests {
    func syntaxError(_ json: String) -> TemplateError? {
        do {
            _ = try JSONAnswerParser.parse(Array(json.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test func readsEveryKindOfValue() throws {
        let value = try JSONAnswerParser.parse(
            Array(#" {"a": [1, -2.5e3, "x", true, false, null, {}], "b": {"c": []}} "#.utf8))
        guard case .list(let items)? = value["a"] else {
            Issue.record("no array at a: \(value)")
            return
        }
        #expect(
            items.map(\.value) == [
                .number("1"), .number("-2.5e3"), .string("x"), .bool(true), .bool(false), .null, .mapping(Mapping()),
            ])
        #expect(value["b"]?["c"] == .list([]))
        #expect(value["missing"] == nil)
        #expect(value.kind == "an object")
    }

    @Test(arguments: [
        (#"{"a": 1,}"#, "expected a key in double quotes, found '}'; JSON allows no comma before '}'", 9),
        (#"[1,]"#, "expected a value, found ']'; JSON allows no comma before ']'", 4),
        (#"{"a" 1}"#, "expected ':' after the key 'a', found '1'", 6),
        (#"[1 2]"#, "expected ',' or ']', found '2'", 4),
        (#"{"a": [1, 2}"#, "expected ',' or ']', found '}'", 12),
        (#"{"a": tru}"#, "unexpected 't', expected a value (did you mean 'true'?)", 7),
        (#"{"a": 01}"#, "a JSON number cannot start with 0 (found '01'); quote it as a string", 7),
        (#"{"a": -}"#, "expected a digit in the number", 8),
        (#"{"a": 1.}"#, "expected a digit after '.' in the number", 9),
        (#"{"a": "\q"}"#, #"invalid escape '\q'; use \" \\ \/ \b \f \n \r \t or \uXXXX"#, 8),
        (#"{"a": "\ud800"}"#, #"lone surrogate in a \u escape; write the character itself or a full surrogate pair"#, 8),
        ("{\"a\": \"line\nbreak\"}", #"a line break inside a string; write it escaped (\n, \t, \u00XX)"#, 12),
        (#"{} {}"#, "unexpected '{' after the end of the document; remove it", 4),
        ("<html>", "unexpected '<', expected a value (object, array, string, number, true, false or null)", 1),
        (#"{"a": 1, "a": 2}"#, "duplicate key 'a'; remove or rename one of them", 10),
    ])
    func malformedAnswersSayWhatAndWhere(json: String, message: String, column: Int) {
        let error = syntaxError(json)
        #expect(error?.message == message)
        #expect(error?.mark?.line == 1)
        #expect(error?.mark?.column == column)
    }

    @Test func truncatedAnswersSaySo() {
        #expect(syntaxError(#"{"a": "x"#)?.reason == .truncated)
        #expect(syntaxError(#"{"a": [1, 2"#)?.reason == .truncated)
    }

    @Test func invalidUTF8IsAnErrorNotReplaced() {
        let bytes: [UInt8] = Array(#"{"a": ""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        do {
            _ = try JSONAnswerParser.parse(bytes)
            Issue.record("invalid UTF-8 was read")
        } catch {
            #expect(error.reason == .invalidUTF8)
            #expect(error.mark?.column == 8)
        }
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(syntaxError(deep)?.reason == .tooDeep)
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(syntaxError(fine) == nil)
    }

    /// A service (or a proxy) answering 200 with broken JSON: one line naming the operation, the reason and
    /// the place, the status and the request id.
    @Test func aMalformedAnswerNamesTheOperation() async throws {
        let server = try FaultServer(
            [], success: #"{"logGroups": [{"logGroupName": "/a"},]}"#, contentType: "application/x-amz-json-1.1")
        defer { server.stop() }
        let error = await awsError { _ = try await faultClient(server.endpoint).logs.describeLogGroups() }
        #expect(error?.kind == .invalidResponse)
        #expect(
            error?.description
                == "logs:DescribeLogGroups failed: unreadable response: not valid JSON: expected a value, found ']'; "
                + "JSON allows no comma before ']' (line 1, column 39) (HTTP 200, request id fault-request-id)")
    }

    @Test func errorBodiesAreReadWithTheSameReader() {
        let body = Array(#"{"__type": "com.amazonaws.logs#ResourceNotFoundException", "Message": "gone \u00e9"}"#.utf8)
        let error = JSONProtocol.error(HTTPResponse(status: 400, body: body), service: "logs", operation: "X")
        #expect(error.code.rawValue == "ResourceNotFoundException")
        #expect(error.message == "gone é")
    }
}
