import Template
import Testing

/// The depth limit counts the long form, so the JSON written from any YAML that reads also reads:
/// `!Ref x` is a mapping, `!GetAtt A.B` a mapping holding a list, an alias adds its whole height.
@Suite struct LongFormDepthTests {
    private func nested(_ levels: Int, _ inner: String) -> String {
        "A: " + String(repeating: "[", count: levels) + inner + String(repeating: "]", count: levels) + "\n"
    }

    @Test(arguments: [("!Ref x", 1), ("!GetAtt a.b", 2), ("!Sub [x, {}]", 3), ("[1]", 1)])
    func theDeepestTemplateThatReadsRoundTrips(inner: String, levels: Int) throws {
        // The root mapping is level 1: 127 - levels lists leave room for what `inner` becomes.
        let node = try readYAML(nested(127 - levels, inner))
        #expect(RoundtripCheck.check(node, file: "t.yaml").losses == [])
        #expect(
            errorText(nested(128 - levels, inner))?.hasSuffix(
                "error: nesting deeper than 128 levels; flatten the template") == true)
    }

    @Test func anAliasAddsItsHeight() {
        let anchor = "d: &d " + String(repeating: "[", count: 60) + String(repeating: "]", count: 60) + "\n"
        #expect(throws: Never.self) { try readYAML(anchor + nested(67, "*d")) }
        #expect(
            errorText(anchor + nested(68, "*d"))
                == "t.yaml:2:72: error: nesting deeper than 128 levels; flatten the template")
    }
}
