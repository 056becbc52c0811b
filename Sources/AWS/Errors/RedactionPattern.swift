/// One of SecretRedactor's patterns: a name AWS writes a secret after, the separator that follows it, and
/// the value, which is masked. It matches as the ICU regular expression it replaces did (NSRegularExpression,
/// case-insensitive, `\s` = `[\t\n\f\r\p{Z}]`, greedy with backtracking, leftmost matches left to right,
/// none overlapping) without linking full Foundation and ICU for it.
struct RedactionPattern: Sendable {
    enum Step: Sendable {
        /// Letters case-insensitively (with the two non-ASCII letters that fold to ASCII: `ſ` and the
        /// Kelvin sign), other characters as they are.
        case name(String)
        /// The character, or nothing.
        case optional(Unicode.Scalar)
        /// Zero or more white space (`\s*`).
        case spaces
        /// One of these characters.
        case oneOf(String)
        /// `\b`: between a word character and something that is not one.
        case wordBoundary
    }

    /// What comes before the value (kept), then the value itself: at least `minimumValue` characters
    /// `isValue` accepts, as many as there are.
    var steps: [Step]
    var minimumValue: Int
    var isValue: @Sendable (Unicode.Scalar) -> Bool

    /// The text with every match's value replaced by `mask`.
    func apply(_ text: String, mask: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var copied = 0
        var start = 0
        var changed = false
        while start < scalars.count {
            guard let (valueStart, end) = match(scalars, step: 0, at: start) else {
                start += 1
                continue
            }
            out.append(contentsOf: scalars[copied..<valueStart])
            out.append(contentsOf: mask.unicodeScalars)
            copied = end
            start = end
            changed = true
        }
        guard changed else { return text }
        out.append(contentsOf: scalars[copied...])
        return String(out)
    }

    /// Where the value starts and the match ends, for the first way (in the regular expression's order of
    /// preference) the steps from `step` on match at `position`.
    private func match(_ scalars: [Unicode.Scalar], step: Int, at position: Int) -> (Int, Int)? {
        guard step < steps.count else {
            var end = position
            while end < scalars.count, isValue(scalars[end]) { end += 1 }
            return end - position >= minimumValue ? (position, end) : nil
        }
        switch steps[step] {
        case .name(let name):
            var at = position
            for wanted in name.unicodeScalars {
                guard at < scalars.count, Self.folded(scalars[at]) == wanted else { return nil }
                at += 1
            }
            return match(scalars, step: step + 1, at: at)
        case .optional(let scalar):
            if position < scalars.count, scalars[position] == scalar,
                let found = match(scalars, step: step + 1, at: position + 1)
            {
                return found
            }
            return match(scalars, step: step + 1, at: position)
        case .spaces:
            var end = position
            while end < scalars.count, Self.isSpace(scalars[end]) { end += 1 }
            for at in stride(from: end, through: position, by: -1) {
                if let found = match(scalars, step: step + 1, at: at) { return found }
            }
            return nil
        case .oneOf(let set):
            guard position < scalars.count, set.unicodeScalars.contains(scalars[position]) else { return nil }
            return match(scalars, step: step + 1, at: position + 1)
        case .wordBoundary:
            let before = position > 0 && Self.isWord(scalars[position - 1])
            let after = position < scalars.count && Self.isWord(scalars[position])
            return before != after ? match(scalars, step: step + 1, at: position) : nil
        }
    }

    /// ICU's `\s`.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\t", "\n", "\u{0C}", "\r": return true
        default:
            switch scalar.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        }
    }

    /// ICU's `\w`: alphabetic, marks, decimal digits, connector punctuation, ZWNJ and ZWJ.
    private static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic || scalar == "\u{200C}" || scalar == "\u{200D}" { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
        default: return false
        }
    }

    /// The lowercase ASCII letter a scalar matches case-insensitively, else the scalar itself.
    static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "A"..."Z": return Unicode.Scalar(scalar.value + 32)!
        case "\u{17F}": return "s"
        case "\u{212A}": return "k"
        default: return scalar
        }
    }
}
