import Template
import Testing

@Suite struct ScalarResolutionTests {
    @Test(arguments: ["~", "null", "Null", "NULL", ""])
    func nulls(_ text: String) throws {
        #expect(try valueOfA("A: \(text)\n") == .null)
    }

    @Test(arguments: ["true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"])
    func yaml11True(_ text: String) throws {
        #expect(try valueOfA("A: \(text)\n") == .bool(true))
    }

    @Test(arguments: ["false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF"])
    func yaml11False(_ text: String) throws {
        #expect(try valueOfA("A: \(text)\n") == .bool(false))
    }

    /// YAML 1.1's numbers, as PyYAML reads them (see ScalarResolver), keep their text.
    @Test(arguments: [
        "0123", "1.0", "-7", "+12", "1.5E-3", ".5", "1.", "0", "0x1F", "-0x1f", "0b101", "017", "1_000", "1:30",
        "1:30.5", ".inf", "-.inf", "+.Inf", ".nan", "1.0e+5", "0_",
    ])
    func yaml11NumbersKeepTheirText(_ text: String) throws {
        #expect(try valueOfA("A: \(text)\n") == .number(text))
    }

    @Test(arguments: [
        "2010-09-09", "2001-12-14t21:59:43.10-05:00", "0o17", "1e5", "1.5e3", "-.5", "012345678901", "09", "0x_",
        "0b_", "1:60", "0:30", "+.nan", "y", "Y", "n", "N", "yess", "1.2.3", "10.0.0.0/16", "-1-", "1e", "e5",
        "TRUE1", "~x",
    ])
    func everythingElseIsAString(_ text: String) throws {
        #expect(try valueOfA("A: \(text)\n") == .string(text))
    }

    @Test(arguments: ["\"Yes\"", "'Yes'", "\"0123\"", "'1.0'", "'~'", "\"null\"", "''"])
    func quotedScalarsAreStrings(_ quoted: String) throws {
        let inner = String(quoted.dropFirst().dropLast())
        #expect(try valueOfA("A: \(quoted)\n") == .string(inner))
    }

    @Test func keysAreAlwaysTheirOwnText() throws {
        let node = try readYAML("32: a\nYes: b\n~: c\n1.0: d\n")
        #expect(node.mappingValue?.keys == ["32", "Yes", "~", "1.0"])
    }

    @Test func multiLineStrings() throws {
        #expect(try valueOfA("A: |\n  one\n  two\n") == .string("one\ntwo\n"))
        #expect(try valueOfA("A: >-\n  one\n  two\n") == .string("one two"))
        #expect(try valueOfA("A: \"one\\ntwo\"\n") == .string("one\ntwo"))
    }

    @Test func unicodeIsKept() throws {
        #expect(try valueOfA("A: héllo ✓ 日本 🚀\n") == .string("héllo ✓ 日本 🚀"))
        #expect(try readJSON("{\"A\": \"\\u00e9\\ud83d\\ude80\"}")["A"]?.value == .string("é🚀"))
    }

    /// The writer must quote or tag every value so it reads back as the same kind and text.
    @Test(arguments: [
        Node.string("0123"), .string("1.0"), .string("2010-09-09"), .string("Yes"), .string("y"), .string("N"),
        .string("~"), .string(""), .string("null"), .string("0x1F"), .string("1:30"), .string(".inf"), .string("<<"),
        .string("="), .string("a: b"), .string("#x"), .string("- x"), .string("  lead"), .string("trail  "),
        .string("one\ntwo\n"), .string("one\ntwo"), .string("\n lead"), .string("tab\there"), .string("héllo ✓ 日本"),
        .string("1e5"), .string("0o17"), .string("2001-12-14 21:59:43 -5"), .number("0x1F"), .number("1:30"),
        .number(".inf"), .number("1_000"), .number("0123"), .number("1.0"), .number("1e5"), .number("-.5"), .bool(true),
        .bool(false), .null,
    ])
    func writerKeepsEveryScalar(_ value: Node) throws {
        let original = template(["A": value, value.stringValue ?? "k": .string("as a key")])
        #expect(try throughYAML(original) == original)
    }

    @Test func writerQuotesWhatWouldResolveOtherwise() {
        let yaml = TemplateWriter.yaml(
            template([
                "a": .string("0123"), "b": .string("Yes"), "c": .string("2010-09-09"), "d": .string("y"),
                "e": .number("0123"),
            ]))
        #expect(yaml == "a: '0123'\nb: 'Yes'\nc: '2010-09-09'\nd: 'y'\ne: 0123\n")
    }

    @Test func writerUsesLiteralBlocksForMultiLineStrings() {
        let yaml = TemplateWriter.yaml(template(["A": .string("#!/bin/bash\necho hi\n")]))
        #expect(yaml == "A: |\n  #!/bin/bash\n  echo hi\n")
    }
}
