import PropertyBased
import StackCheckTestSupport
import Testing

@testable import Template

/// The read-back checks roundtrip uses (`JSONReader.matches`, `YAMLReadBack.matches`) against the readers
/// they stand in for: a match must mean the reader builds an equal tree, and on our own unchanged output
/// they must match (else roundtrip would silently take the slow path everywhere).
@Suite struct ReadBackMatchTests {
    static func fast(_ text: [UInt8], _ expected: Node, _ format: TemplateFormat) -> Bool {
        format == .json ? JSONReader.matches(text, expected) : YAMLReadBack.matches(text, expected)
    }

    /// What roundtrip decided before the checks existed: read the text back as a tree and compare.
    static func slow(_ text: [UInt8], _ expected: Node, _ format: TemplateFormat) -> Bool {
        let options = TemplateReader.ReadOptions(enforceSizeLimit: false, keepMarks: false, ownOutput: true)
        return (try? TemplateReader.document(text, file: "t", format: format, options: options))?.root == expected
    }

    static func written(_ node: Node, _ format: TemplateFormat) -> [UInt8] {
        format == .json ? JSONWriter.bytes(node) : YAMLWriter.bytes(node)
    }

    @Test func everyTestTemplateMatchesItsOwnOutputAndNotAChangedOne() throws {
        let templates = TestData.templates()
        guard !templates.isEmpty else {
            print(TestData.missingMessage)
            return
        }
        for url in templates {
            let node = try TemplateReader.read(path: url.path)
            for format in TemplateFormat.allCases {
                let text = Self.written(node, format)
                #expect(Self.fast(text, node, format) == Self.slow(text, node, format), "\(url.path) as \(format)")
                #expect(Self.fast(text, node, format), "\(url.path) as \(format): the fast path is not taken")
                // Each changed copy of the text: where the check says it matches, the reader must agree.
                for changed in Self.changes(of: text) {
                    #expect(
                        !Self.fast(changed, node, format) || Self.slow(changed, node, format),
                        "\(url.path) as \(format), changed:\n\(String(decoding: changed, as: UTF8.self))")
                }
            }
        }
    }

    /// Every value the random templates hold, and each changed by one leaf, one key or one more entry.
    @Test func randomTemplatesAgreeWithTheReader() async {
        await propertyCheck(count: 300, input: RandomTemplates.template) { node in
            for format in TemplateFormat.allCases {
                let text = Self.written(node, format)
                #expect(Self.fast(text, node, format) == Self.slow(text, node, format), "as \(format)")
                for other in Self.variants(of: node) {
                    #expect(!Self.fast(text, other, format), "as \(format): matched a different tree")
                }
            }
        }
    }

    static func long(_ key: String, _ argument: Node) -> Node { .mapping(Mapping([Mapping.Entry(key: key, value: argument)])) }

    static let yamlForms: [(String, Node)] = [
        ("A: !GetAtt R.Arn\n", .mapping(Mapping(["A": long("Fn::GetAtt", .list([.string("R"), .string("Arn")]))]))),
        (
            "A: !Join ['', [a, !Ref B]]\n",
            .mapping(Mapping(["A": long("Fn::Join", .list([.string(""), .list([.string("a"), long("Ref", .string("B"))])]))]))
        ),
        ("A: !!float 1e5\nB: 1e5\nC: 0x1F\n", .mapping(Mapping(["A": .number("1e5"), "B": .string("1e5"), "C": .number("0x1F")]))),
        ("A: 'Yes'\nB: Yes\nC: ~\n", .mapping(Mapping(["A": .string("Yes"), "B": .bool(true), "C": .null]))),
        ("A: |-\n  two\n  lines\n", .mapping(Mapping(["A": .string("two\nlines")]))),
    ]

    @Test(arguments: yamlForms)
    func yamlFormsMatchAsTheReaderReadsThem(_ text: String, _ expected: Node) {
        #expect(YAMLReadBack.matches(Array(text.utf8), expected))
        #expect(Self.slow(Array(text.utf8), expected, .yaml))
    }

    /// Differences, and what the check leaves to the reader (anchors, aliases, merge keys, a second
    /// document, a tag on a key): never a match.
    @Test(arguments: [
        "A: 1\nB: 2\n", "B: 1\nA: 1\n", "A: '1'\n", "A: Yes\n", "A: [1]\n", "A: {B: 1}\n", "A: !Ref 1\n",
        "A: &x 1\n", "A: 1\nB: *x\n", "<<: {A: 1}\n", "A: 1\n---\nA: 1\n", "!!str A: 1\n", "[1]\n", "A: 1\nA: 1\n",
    ])
    func yamlThatDiffersOrNeedsTheReaderNeverMatches(_ text: String) {
        let expected = Node.mapping(Mapping(["A": .number("1")]))
        #expect(!YAMLReadBack.matches(Array(text.utf8), expected))
    }

    @Test func jsonEscapesAndErrors() {
        let expected = Node.mapping(Mapping(["A": .string("x\"A\n"), "B": .list([.number("1"), .bool(false), .null])]))
        #expect(JSONReader.matches(Array(#"{"A": "x\"\u0041\n", "B": [1, false, null]}"#.utf8), expected))
        for text in [
            #"{"A": "x\"A\n", "B": [1, false, null],}"#, #"{"A": "x\"A\n", "B": [1, false, null,]}"#,
            #"{"A": "x\"A\n", "B": [1, false, null]} x"#, #"{"A": "x\"A\n", "B": [1.0, false, null]}"#,
            #"{"B": [1, false, null], "A": "x\"A\n"}"#, #"{"A": "x\"A\n"}"#, #"{"A": "x\"A\n", "B": [1, false]}"#,
            #"{"A": "x\"A\n", "B": [1, false, null]"#, #"[{"A": "x\"A\n"}]"#,
        ] {
            #expect(!JSONReader.matches(Array(text.utf8), expected), "\(text)")
        }
    }

    /// The text with one line dropped, two lines swapped, and one letter changed, at a few places.
    static func changes(of text: [UInt8]) -> [[UInt8]] {
        var lines = text.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        guard lines.count > 3 else { return [] }
        var out: [[UInt8]] = []
        for i in stride(from: 1, to: lines.count - 1, by: max(1, lines.count / 4)) {
            var dropped = lines
            dropped.remove(at: i)
            out.append(Array(dropped.joined(separator: [0x0A])))
            lines.swapAt(i, i + 1)
            out.append(Array(lines.joined(separator: [0x0A])))
            lines.swapAt(i, i + 1)
            if let letter = lines[i].firstIndex(where: { (0x61...0x7A).contains($0) }) {
                var changed = lines
                changed[i][letter] ^= 0x20  // its case
                out.append(Array(changed.joined(separator: [0x0A])))
            }
        }
        return out
    }

    /// The tree with its first leaf changed, its first key renamed, and one more entry at the top.
    static func variants(of node: Node) -> [Node] {
        guard var top = node.mappingValue, !top.entries.isEmpty else { return [] }
        var renamed = top
        renamed.entries[0].key += "x"
        var leaf = node
        changeFirstLeaf(&leaf)
        top.entries.append(Mapping.Entry(key: top.entries.map(\.key).joined() + "+", value: .null))
        return [Node(.mapping(renamed)), leaf, Node(.mapping(top))]
    }

    private static func changeFirstLeaf(_ node: inout Node) {
        switch node.value {
        case .mapping(var mapping) where !mapping.entries.isEmpty:
            changeFirstLeaf(&mapping.entries[0].value)
            node.value = .mapping(mapping)
        case .list(var items) where !items.isEmpty:
            changeFirstLeaf(&items[0])
            node.value = .list(items)
        case .string(let text): node.value = .string(text + "x")
        case .number(let text): node.value = .number(text + "1")
        case .bool(let flag): node.value = .bool(!flag)
        case .null: node.value = .string("null")
        case .mapping, .list: node.value = .null
        }
    }
}
