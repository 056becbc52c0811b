/// Finding and replacing text as full Foundation's `range(of:)` and `replacingOccurrences(of:with:)` do on
/// Linux with no options, for the needles stackcheck looks for: Unicode scalars compared, and a match that
/// a combining mark follows is none (`|` then U+0301 is not a `|`), while `\n` is found inside `\r\n`.
/// (Foundation also equates canonically equivalent needles, `é` with `e` + U+0301; these compare scalars.)
/// `literalRange(of:)` compares the UTF-8 bytes, for what must be found whatever follows it (a secret).
extension StringProtocol {
    /// The first place `needle` occurs, not followed by a combining mark, or nil; an empty needle is never found.
    public func textRange(of needle: some StringProtocol) -> Range<String.Index>? {
        let scalars = unicodeScalars
        var rest = scalars[...]
        while let found = elementRange(in: rest, of: needle.unicodeScalars) {
            guard found.upperBound != scalars.endIndex, scalars[found.upperBound].properties.isGraphemeExtend else {
                return found
            }
            rest = scalars[scalars.index(after: found.lowerBound)...]
        }
        return nil
    }

    /// Whether `textRange(of:)` finds `needle`: in place of `String.contains(String)`, which goes through
    /// the regular-expression runtime (`_StringProcessing`) and Character-by-Character comparison.
    public func containsText(_ needle: some StringProtocol) -> Bool { textRange(of: needle) != nil }

    /// The first place the bytes of `needle` occur, or nil; an empty needle is never found.
    public func literalRange(of needle: some StringProtocol) -> Range<String.Index>? {
        elementRange(in: utf8, of: needle.utf8)
    }

    /// The text with every occurrence of `target` (whole Characters, left to right, not overlapping) replaced.
    public func replacingText(_ target: some StringProtocol, with replacement: some StringProtocol) -> String {
        replacing(target, with: replacement, find: { $0.textRange(of: target) })
    }

    /// The text with every occurrence of the bytes of `target` replaced.
    public func replacingLiteral(_ target: some StringProtocol, with replacement: some StringProtocol) -> String {
        replacing(target, with: replacement, find: { $0.literalRange(of: target) })
    }

    private func replacing(
        _ target: some StringProtocol, with replacement: some StringProtocol,
        find: (Substring) -> Range<String.Index>?
    ) -> String {
        var rest = Substring(self)
        guard var found = find(rest) else { return String(self) }
        var result = ""
        while true {
            result += rest[..<found.lowerBound]
            result += replacement
            rest = rest[found.upperBound...]
            guard let next = find(rest) else { break }
            found = next
        }
        result += rest
        return result
    }
}

/// The first range of `needle` in `haystack`, element by element.
private func elementRange<Haystack: Collection, Needle: Collection>(in haystack: Haystack, of needle: Needle)
    -> Range<Haystack.Index>? where Haystack.Element == Needle.Element, Haystack.Element: Equatable
{
    let target = Array(needle)
    guard let first = target.first else { return nil }
    var start = haystack.startIndex
    while let at = haystack[start...].firstIndex(of: first) {
        var i = at
        var j = 0
        while j < target.count, i != haystack.endIndex, haystack[i] == target[j] {
            haystack.formIndex(after: &i)
            j += 1
        }
        if j == target.count { return at..<i }
        start = haystack.index(after: at)
    }
    return nil
}
