import Template

extension NormalizationRule {
    /// Rule 4: scalars compare by meaning, as CloudFormation passes them to resources as text.
    ///
    /// - Numbers, and strings that read as decimal numbers, compare by exact decimal value
    ///   (`"10"` = `10`, `2.0` = `2`, `1e3` = `1000`), never through `Double`, so two 20-digit IDs
    ///   that differ in the last digit stay different.
    /// - Booleans equal the strings `true`/`false` in any case (`true` = `"true"` = `"True"`).
    ///   A string `Yes` is not a boolean: YAML 1.1 reads a plain `Yes` as `true`, and that is the
    ///   difference this profile must show, not hide.
    /// - A multi-digit integer part with a leading zero (`012345678901`) is an identifier, not a
    ///   quantity: it compares as text whatever its kind, so `012` equals `"012"` but not `12`.
    /// - Everything else compares as text; null equals only null.
    public static let scalarsByMeaning = NormalizationRule(
        name: "scalar-meaning",
        summary: "scalars compare by meaning: numbers by exact value, booleans with their strings",
        scalarKey: { node in
            switch node.value {
            case .null: return "null"
            case .bool(let flag): return flag ? "bool:true" : "bool:false"
            case .number(let text): return ScalarMeaning.key(text)
            case .string(let text):
                if let flag = ScalarMeaning.booleanWord(text) { return flag ? "bool:true" : "bool:false" }
                return ScalarMeaning.key(text)
            case .list, .mapping: return nil
            }
        })
}

enum ScalarMeaning {
    /// `true` or `false` in any letter case, else nil. Compared as ASCII bytes without a lowered copy:
    /// no other character lowers to these letters, and this runs for every string a diff compares.
    static func booleanWord(_ text: String) -> Bool? {
        let bytes = text.utf8
        for (word, flag) in [("true", true), ("false", false)] where bytes.count == word.utf8.count {
            // `| 0x20` lowers an ASCII capital; no other byte becomes one of these lowercase letters.
            if zip(bytes, word.utf8).allSatisfy({ $0 | 0x20 == $1 }) { return flag }
        }
        return nil
    }

    /// `num:` and the canonical decimal for number text, else `text:` and the text itself.
    static func key(_ text: String) -> String {
        if let decimal = DecimalValue(text) { return "num:" + decimal.canonical }
        return "text:" + text
    }
}
