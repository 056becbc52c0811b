/// Trimming an element's text without Foundation's `trimmingCharacters(in:)`, which bridges the whole
/// string (a GetTemplate answer's TemplateBody is hundreds of kilobytes) even when there is nothing to
/// trim: here a text with no whitespace at either end is returned as it is.
enum XMLText {
    /// The text without leading and trailing white space: the same scalars as Foundation's
    /// `.whitespacesAndNewlines` (Unicode's White_Space: tab to carriage return, space, U+0085, U+00A0,
    /// U+1680, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000), and U+200B (zero width space), which
    /// Foundation's set also holds.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return text }
        if !isSpace(first) && !isSpace(last) { return text }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isSpace($0) })!
        return String(scalars[start...end])
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "\u{200B}"
    }
}
