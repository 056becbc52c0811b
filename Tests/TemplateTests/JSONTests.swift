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
