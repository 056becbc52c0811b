import StackCheckTestSupport
import Testing

@testable import AWS

/// Broken answers: the reader says what is wrong and where, and the call's error names the operation.
@Suite struct JSONAnswerParserTests {
    func syntaxError(_ json: String) -> JSONAnswerSyntaxError? {
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
        #expect(
            value
                == .object([
                    JSONAnswerMember(
                        key: "a",
                        value: .array([
                            .number("1"), .number("-2.5e3"), .string("x"), .bool(true), .bool(false), .null,
                            .object([]),
                        ])),
                    JSONAnswerMember(key: "b", value: .object([JSONAnswerMember(key: "c", value: .array([]))])),
                ]))
        #expect(value["b"]?["c"] == .array([]))
        #expect(value["missing"] == nil)
    }

    @Test(arguments: [
        (#"{"a": 1,}"#, "a ',' before '}': JSON allows none (byte 9)"),
        (#"[1,]"#, "a ',' before ']': JSON allows none (byte 4)"),
        (#"{"a" 1}"#, #"expected ':' after the member name "a", found '1' (byte 6)"#),
        (#"[1 2]"#, "expected ',' or ']' in an array, found '2' (byte 4)"),
        (#"{"a": [1, 2}"#, "expected ',' or ']' in an array, found '}' (byte 12)"),
        (#"{"a": tru}"#, "unexpected 't' where a value was expected (byte 7)"),
        (#"{"a": 01}"#, "a number starts with 0 (byte 7)"),
        (#"{"a": -}"#, "expected a digit in a number (byte 8)"),
        (#"{"a": 1.}"#, "expected a digit after '.' in a number (byte 9)"),
        (#"{"a": "x"#, "the answer ends inside a string (truncated?) (byte 9)"),
        (#"{"a": [1, 2"#, "the answer ends inside an array (truncated?) (byte 12)"),
        (#"{"a": "\q"}"#, "an invalid escape in a string (byte 8)"),
        (#"{"a": "\ud800"}"#, #"a lone surrogate in a \u escape (byte 14)"#),
        ("{\"a\": \"line\nbreak\"}", "an unescaped control character inside a string (byte 12)"),
        (#"{} {}"#, "unexpected '{' after the answer (byte 4)"),
        ("", "the answer ends where a value was expected (truncated?) (byte 1)"),
        ("<html>", "unexpected '<' where a value was expected (byte 1)"),
    ])
    func malformedAnswersSayWhatAndWhere(json: String, message: String) {
        #expect(syntaxError(json)?.description == message)
    }

    @Test func invalidUTF8IsAnErrorNotReplaced() {
        let bytes: [UInt8] = Array(#"{"a": ""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        #expect(throws: JSONAnswerSyntaxError(message: "a string that is not valid UTF-8", offset: 7)) {
            try JSONAnswerParser.parse(bytes)
        }
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(syntaxError(deep)?.message == "nested more than 512 deep")
        let fine = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
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
                == "logs:DescribeLogGroups failed: unreadable response: not valid JSON: a ',' before ']': JSON allows "
                + "none (byte 39) (HTTP 200, request id fault-request-id)")
    }

    @Test func errorBodiesAreReadWithTheSameReader() {
        let body = Array(#"{"__type": "com.amazonaws.logs#ResourceNotFoundException", "Message": "gone \u00e9"}"#.utf8)
        let error = JSONProtocol.error(HTTPResponse(status: 400, body: body), service: "logs", operation: "X")
        #expect(error.code.rawValue == "ResourceNotFoundException")
        #expect(error.message == "gone é")
    }
}
