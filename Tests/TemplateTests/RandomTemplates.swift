import PropertyBased
import Template

/// Random template trees for property tests: scalars and keys drawn half from a pool of the values
/// readers and writers get wrong (YAML 1.1 words and numbers, quotes, indicators, line breaks,
/// non-ASCII, control characters) and half at random; intrinsic functions in long form, so the YAML
/// writer's short forms are exercised too.
enum RandomTemplates {
    static let trickyText = [
        "", " ", "Yes", "no", "ON", "y", "N", "~", "null", "NULL", "true", "0123", "012345678901", "0x1F", "0o17",
        "0b101", "1_000", "1:30", "1e5", "1.5e3", "-.5", ".inf", ".nan", "2010-09-09", "2001-12-14 21:59:43.10 -5",
        "<<", "=", "- x", "-", "?", ":", "a: b", "a #b", "#c", "!Ref", "&a", "*a", "%x", "@x", "`x", "'q'", "\"dq\"",
        "{a}", "[a]", "a,b", "|", ">", "tab\there", "line\nbreak", "trail\n", "\n lead", "  lead", "trail  ",
        "crlf\r\nx", "cr\rx", "é✓日本🚀", "\u{FEFF}bom", "nul\u{0}x", "bell\u{7}", "del\u{7F}", "\u{85}nel", "\u{2028}ls",
        "A.B.C", "${AWS::Region}", "---", "...", "--- x", "... x",
    ]

    /// Numbers in JSON's grammar: both writers must keep their text exactly.
    static let jsonNumbers = [
        "0", "-0", "7", "-12", "1.0", "0.5", "1e5", "1E+5", "-2.5e-3", "12345678901234567890123", "1e400",
    ]

    static let functionKeys = [
        "Ref", "Condition", "Fn::GetAtt", "Fn::Sub", "Fn::Join", "Fn::If", "Fn::Select", "Fn::Foo",
    ]

    static let template = Generator<Node, Shrink.None<Node>> { rng in
        var count = Int.random(in: 1...5, using: &rng)
        return Node(.mapping(mapping(&rng, depth: 0, count: &count)))
    }

    static func text<R: RandomNumberGenerator>(_ rng: inout R) -> String {
        if Bool.random(using: &rng) { return trickyText.randomElement(using: &rng)! }
        let alphabet: [Character] = [
            "a", "Z", "0", "9", " ", ":", "-", "#", "'", "\"", "\n", "\t", ".", "é", "日", "!", "&",
        ]
        return String((0..<Int.random(in: 0...8, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
    }

    static func node<R: RandomNumberGenerator>(_ rng: inout R, depth: Int) -> Node {
        let pick = Int.random(in: 0..<(depth >= 4 ? 5 : 8), using: &rng)
        switch pick {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &rng))
        case 2: return .number(jsonNumbers.randomElement(using: &rng)!)
        case 3, 4: return .string(text(&rng))
        case 5:
            return .list((0..<Int.random(in: 0...4, using: &rng)).map { _ in node(&rng, depth: depth + 1) })
        case 6:
            // An intrinsic function: one long-form key, an argument of any shape.
            let key = functionKeys.randomElement(using: &rng)!
            return .mapping(Mapping([Mapping.Entry(key: key, value: node(&rng, depth: depth + 1))]))
        default:
            var count = Int.random(in: 0...4, using: &rng)
            return .mapping(mapping(&rng, depth: depth + 1, count: &count))
        }
    }

    static func mapping<R: RandomNumberGenerator>(_ rng: inout R, depth: Int, count: inout Int) -> Mapping {
        var mapping = Mapping()
        while count > 0 {
            count -= 1
            let key = text(&rng)
            if mapping[key] == nil { mapping[key] = node(&rng, depth: depth) }
        }
        return mapping
    }
}
