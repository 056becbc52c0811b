import Findings
import Report
import Template
import Testing

/// The shared pieces every renderer uses: one colour policy, one Markdown escaper, one JSON writer, one
/// value truncator.
@Suite struct RenderPolicyTests {
    @Test func colourFollowsNoColorForceColorAndTheTerminal() {
        #expect(Terminal.usesColor(interactive: true, environment: [:]))
        #expect(!Terminal.usesColor(interactive: false, environment: [:]))
        #expect(!Terminal.usesColor(interactive: true, environment: ["NO_COLOR": "1"]))
        #expect(!Terminal.usesColor(interactive: true, environment: ["NO_COLOR": "1", "FORCE_COLOR": "1"]))
        #expect(Terminal.usesColor(interactive: false, environment: ["FORCE_COLOR": "1"]))
        #expect(!Terminal.usesColor(interactive: false, environment: ["FORCE_COLOR": "0"]))
        #expect(!Terminal.usesColor(interactive: true, environment: ["TERM": "dumb"]))
        // An empty NO_COLOR is unset, as no-color.org says.
        #expect(Terminal.usesColor(interactive: true, environment: ["NO_COLOR": ""]))
    }

    @Test func markdownCellsAndCodeSurviveATable() {
        #expect(Markdown.cell("a|b\nc") == "a\\|b<br>c")
        #expect(Markdown.cell(Markdown.code("a|b")) == "`a\\|b`")
        #expect(Markdown.code("x`y") == "``x`y``")
        #expect(Markdown.code("`x") == "`` `x ``")
        #expect(Markdown.code("two\nlines") == "`two lines`")
    }

    @Test func valuesAreCutToTheLimitWithAnEllipsis() {
        #expect(ValueText.clip("abcdef", 6) == "abcdef")
        #expect(ValueText.clip("abcdefg", 6) == "abcde…")
        #expect(ValueText.oneLine(.string(String(repeating: "x", count: 100)), limit: 10) == "\"xxxxxxxx…")
        #expect(ValueText.oneLine(nil) == "")
    }

    /// One JSON writer: a YAML-only number (`017`, octal to YAML 1.1) stays the text the user wrote, as
    /// a string, so a report never holds something that is not JSON.
    @Test func jsonValuesOfTemplatesAreAlwaysJSON() throws {
        let node = try TemplateReader.read(Array("A: 017\nB: 1.5\nC: 0x1F\n".utf8), file: "n.yaml")
        #expect(JSONValue(node).compact == #"{"A":"017","B":1.5,"C":"0x1F"}"#)
        #expect(JSONValue(node).compact == TemplateWriter.compactJSON(node))
    }

    @Test func prettyJSONCanListOneItemPerLine() {
        let value = JSONValue.object([("n", .number(1)), ("items", .array([.object([("a", .array([.number(1)]))])]))])
        #expect(value.pretty(compactFrom: 2) == "{\n  \"n\": 1,\n  \"items\": [\n    {\"a\":[1]}\n  ]\n}\n")
        #expect(JSONValue.object([("items", .array([]))]).pretty(compactFrom: 2) == "{\n  \"items\": []\n}\n")
    }
}
