import Template
import Testing

@testable import TemplateDiff

@Suite struct PointerTests {
    @Test func escapesTildeBeforeSlash() {
        #expect(JSONPointer.pointer(["Resources", "a/b", "m~n", "~1"]) == "/Resources/a~1b/m~0n/~01")
        #expect(JSONPointer.tokens("/Resources/a~1b/m~0n/~01") == ["Resources", "a/b", "m~n", "~1"])
        #expect(JSONPointer.pointer([]) == "")
        #expect(JSONPointer.tokens("/") == [""])
    }

    @Test func differencesUseEscapedPaths() {
        #expect(summary(["a/b": ["~": 1]], ["a/b": ["~": 2]]) == ["changed /a~1b/~0"])
    }

    @Test func decimalCanonicalForms() {
        #expect(DecimalValue("1200")?.canonical == "12e2")
        #expect(DecimalValue("-0.0120")?.canonical == "-12e-3")
        #expect(DecimalValue("0")?.canonical == "0")
        #expect(DecimalValue("-0.000")?.canonical == "0")
        #expect(DecimalValue("1.")?.canonical == "1e0")
        for notNumber in ["", "-", ".", "1e", "0x1F", ".inf", " 1", "1 ", "01", "1e1234567890", "1_000", "--1"] {
            #expect(DecimalValue(notNumber) == nil, "\(notNumber)")
        }
    }

    @Test func compactJSONKeepsNumberText() {
        #expect(
            TemplateWriter.compactJSON(TV.mapping([("a", .number("2.0")), ("b", .number("012")), ("c", "q\"\n\u{1}")]).node)
                == #"{"a":2.0,"b":"012","c":"q\"\n\u0001"}"#)
        #expect(TemplateWriter.compactJSON(.number("-1.5e+10")) == "-1.5e+10")
        #expect(TemplateWriter.compactJSON(.number("+1")) == "\"+1\"")
        #expect(TemplateWriter.compactJSON(.number("1.")) == "\"1.\"")
    }
}
