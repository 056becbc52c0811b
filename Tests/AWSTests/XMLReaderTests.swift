import AWS
import Testing

/// The XML reader of AWS answers: what query-protocol answers use is read exactly, anything else is
/// refused with line and column, never guessed at.
@Suite struct XMLReaderTests {
    static func parse(_ xml: String) throws -> XMLTree { try XMLTreeParser.parse(Array(xml.utf8)) }

    static func failure(_ xml: String) -> String? {
        do {
            _ = try parse(xml)
            return nil
        } catch {
            return (error as? XMLTreeParser.Failure)?.description ?? "not a Failure: \(error)"
        }
    }

    @Test func entitiesCharacterReferencesAndCDATAAreText() throws {
        let tree = try Self.parse(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<r><a>&lt;&gt;&amp;&quot;&apos;</a><b>&#65;&#x1F600;</b>"
                + "<c><![CDATA[<not> &amp; markup]]></c><!-- a comment --><?pi skipped?></r>")
        #expect(tree.string("a") == "<>&\"'")
        #expect(tree.string("b") == "A\u{1F600}")
        #expect(tree.string("c") == "<not> &amp; markup")
        #expect(tree.children.map(\.name) == ["a", "b", "c"])
    }

    @Test func attributesSelfClosingElementsAndNamespacesAsWritten() throws {
        let tree = try Self.parse(#"<r xmlns="urn:x" a='1 &amp; 2' b="x&#9;y"><e/><p:q k = "v" /></r>"#)
        #expect(tree.attributes == ["xmlns": "urn:x", "a": "1 & 2", "b": "x\ty"])
        #expect(tree.children.map(\.name) == ["e", "p:q"])
        #expect(tree.children[1].attributes == ["k": "v"])
    }

    @Test func lineEndsAreNormalisedAndIndentationBetweenChildrenDropped() throws {
        let tree = try Self.parse("<r>\r\n  <a>x\r\ny</a>\r\n  <b>\u{e9}</b>\r\n</r>\r\n")
        #expect(tree.text == "")
        #expect(tree["a"]?.text == "x\ny")
        #expect(tree.string("b") == "\u{e9}")
    }

    @Test func malformedDocumentsNameLineAndColumn() {
        let at = "not well-formed XML at line"
        #expect(Self.failure("<a>\n  <b></a>") == "\(at) 2, column 6 (</a> closes <b>)")
        #expect(Self.failure("<a>&nbsp;</a>") == "\(at) 1, column 4 (&nbsp; is not a reference XML defines)")
        #expect(Self.failure("<a b='1' b='2'/>") == "\(at) 1, column 15 (attribute b given twice)")
        #expect(Self.failure("<a/><b/>") == "\(at) 1, column 5 (content after the root element)")
        #expect(Self.failure("<a>x") == "\(at) 1, column 5 (<a> is not closed)")
        #expect(Self.failure("<a><b>") == "\(at) 1, column 7 (<b> is not closed)")
        #expect(Self.failure("  <!-- only a comment -->") == "no root element at line 1, column 26")
        #expect(Self.failure("") == "no root element at line 1, column 1")
        #expect(Self.failure("<a x='1'y='2'/>") != nil)
        #expect(Self.failure("<a>]]></a>") != nil)
        #expect(Self.failure("<a>&#0;</a>") != nil)
        #expect(Self.failure("<a>&#xD800;</a>") != nil)
        #expect(Self.failure("<1a/>") != nil)
        #expect(Self.failure("<a><!-- x -- y --></a>") != nil)
    }

    @Test func noDoctypeSoNoEntityIsEverDefinedOrExpanded() {
        let laughs = "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]><r>&b;</r>"
        #expect(Self.failure(laughs) == "not well-formed XML at line 1, column 1 (a DOCTYPE is not accepted)")
        #expect(Self.failure("<!DOCTYPE r SYSTEM \"file:///etc/passwd\"><r/>") != nil)
    }

    @Test func bytesThatAreNotUTF8OrNotXMLCharactersAreRefused() {
        for bad: [UInt8] in [[0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0x01], [0xEF, 0xBF, 0xBF], [0xE2, 0x82]] {
            let bytes = Array("<a>".utf8) + bad + Array("</a>".utf8)
            #expect(throws: XMLTreeParser.Failure.self) { try XMLTreeParser.parse(bytes) }
        }
    }

    @Test func nestingIsBoundedWithoutRecursion() throws {
        let deep = String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)
        #expect(Self.failure(deep)?.contains("elements nested more than 256 deep") == true)
        let allowed = String(repeating: "<a>", count: 256) + String(repeating: "</a>", count: 256)
        #expect(try Self.parse(allowed).name == "a")
    }

    @Test func aHostileNameDoesNotMakeAHugeMessage() {
        let name = String(repeating: "n", count: 100_000)
        let message = Self.failure("<a></\(name)>") ?? ""
        #expect(message.hasPrefix("not well-formed XML at line 1, column 4 (</nnnn"))
        #expect(message.count < 300)
    }
}
