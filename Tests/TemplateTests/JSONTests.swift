import Template
import Testing

@Suite struct JSONTests {
    @Test func numbersKeepTheirText() throws {
        let node = try readJSON(#"{"a": 1.0, "b": -0, "c": 1E+5, "d": 12345678901234567890}"#)
        #expect(
            node.mappingValue?.entries.map(\.value.value) == [
                .number("1.0"), .number("-0"), .number("1E+5"), .number("12345678901234567890"),
            ])
    }

    @Test func marksPointAtEveryNodeAndKey() throws {
        let node = try readJSON("{\n  \"A\": [\n    \"é\", true\n  ]\n}")
        let entry = try #require(node.mappingValue?.entry("A"))
        #expect(entry.keyMark == SourceMark(file: "t.json", line: 2, column: 3))
        #expect(entry.value.mark == SourceMark(file: "t.json", line: 2, column: 8))
        #expect(
            entry.value.listValue?.map(\.mark) == [
                SourceMark(file: "t.json", line: 3, column: 5), SourceMark(file: "t.json", line: 3, column: 10),
            ])
    }

    @Test func escapesAreDecoded() throws {
        let node = try readJSON(#"{"a": "q\"b\\s\/n\nt\tu\u0041\ud83d\ude80"}"#)
        #expect(node["a"]?.value == .string("q\"b\\s/n\nt\tuA🚀"))
    }

    @Test func writerOutputIsStableAndPretty() {
        let node = template([
            "a": .list([.number("1"), .number("2.50")]), "b": .mapping(Mapping()), "c": .list([]),
            "d": .string("q\"\\\n\u{1}é"), "e": .bool(true), "f": .null,
        ])
        #expect(
            TemplateWriter.json(node) == """
                {
                  "a": [
                    1,
                    2.50
                  ],
                  "b": {},
                  "c": [],
                  "d": "q\\"\\\\\\n\\u0001é",
                  "e": true,
                  "f": null
                }

                """)
    }

    /// The reader and writer find the bytes a string must escape eight at a time; each stop byte at every
    /// place in strings of 1 to 24 bytes (so before, inside and after a whole word, and in the last few
    /// bytes of the text) is escaped as the byte-by-byte rule says and read back as written.
    @Test func everyStopByteAtEveryOffsetIsEscapedAndReadBack() throws {
        let stops: [(byte: UInt8, escaped: String)] = [
            (0x22, #"\""#), (0x5C, #"\\"#), (0x0A, #"\n"#), (0x09, #"\t"#), (0x01, #"\u0001"#), (0x1F, #"\u001f"#),
        ]
        for length in 1...24 {
            for offset in 0..<length {
                for stop in stops {
                    // Around the stop, bytes that are close to the stop bytes but need no escape.
                    var bytes = (0..<length).map { [UInt8(0x20), 0x21, 0x23, 0x5B, 0x5D, 0x7F, 0x41][$0 % 7] }
                    bytes[offset] = stop.byte
                    let text = String(decoding: bytes, as: UTF8.self)
                    let expected =
                        String(decoding: bytes[..<offset], as: UTF8.self) + stop.escaped
                        + String(decoding: bytes[(offset + 1)...], as: UTF8.self)
                    #expect(
                        TemplateWriter.jsonString(text) == "\"\(expected)\"",
                        "length \(length), byte \(stop.byte) at \(offset)")
                    let node = template(["k": .string(text)])
                    #expect(try readJSON(TemplateWriter.json(node))["k"]?.value == .string(text))
                    #expect(RoundtripCheck.check(node, file: "t.json").isLossless)
                }
            }
        }
    }

    /// YAML 1.1 numbers are written as the value YAML 1.1 readers take them for; what has no JSON form stays text.
    /// Deeper than the readers allow (indentation past the writer's line of 256 spaces): every line is still
    /// indented two spaces per level.
    @Test func deepNestingIsIndentedTwoSpacesPerLevel() {
        var node = Node.string("x")
        for _ in 0..<200 { node = .list([node]) }
        let lines = TemplateWriter.json(.mapping(Mapping(["a": node]))).split(separator: "\n")
        #expect(lines.count == 2 * 201 + 1)
        #expect(lines[201] == String(repeating: " ", count: 2 * 201) + "\"x\"")
        #expect(lines[202] == String(repeating: " ", count: 2 * 200) + "]")
    }

    @Test func yamlNumbersAreWrittenAsTheirValue() {
        #expect(
            TemplateWriter.json(template(["a": .number("0123"), "b": .number("+1"), "c": .number(".nan")]))
                == "{\n  \"a\": 83,\n  \"b\": 1,\n  \"c\": \".nan\"\n}\n")
    }

    @Test func badEscapesAndControlCharacters() {
        #expect(
            errorText(#"{"a": "\x"}"#, file: "t.json")
                == #"t.json:1:8: error: invalid escape '\x'; use \" \\ \/ \b \f \n \r \t or \uXXXX"#)
        #expect(
            errorText("{\"a\": \"x\ny\"}", file: "t.json")
                == #"t.json:1:9: error: a line break inside a string; write it escaped (\n, \t, \u00XX)"#)
        #expect(
            errorText(#"{"a": "\ud800"}"#, file: "t.json")
                == #"t.json:1:8: error: lone surrogate in a \u escape; write the character itself or a full surrogate pair"#
        )
    }
}
