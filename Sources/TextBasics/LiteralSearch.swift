/// Finding and replacing text the way full Foundation's `range(of:)` and `replacingOccurrences(of:with:)`
/// do with no options: a literal match of the UTF-8 bytes. The standard library's `firstRange(of:)` and
/// `replacing(_:with:)` compare whole Characters instead, so a needle followed by a combining mark (`|` then
/// U+0301) would not match there: a Markdown pipe would go unescaped, a secret unredacted.
extension StringProtocol {
    /// The first place `needle` occurs, or nil; an empty needle is never found (as in Foundation).
    public func literalRange(of needle: some StringProtocol) -> Range<String.Index>? {
        let bytes = utf8
        let target = Array(needle.utf8)
        guard let first = target.first, bytes.count >= target.count else { return nil }
        var start = bytes.startIndex
        while let at = bytes[start...].firstIndex(of: first) {
            var i = at
            var j = 0
            while j < target.count, i != bytes.endIndex, bytes[i] == target[j] {
                bytes.formIndex(after: &i)
                j += 1
            }
            if j == target.count { return at..<i }
            start = bytes.index(after: at)
        }
        return nil
    }

    /// The text with every occurrence of `target` (left to right, not overlapping) replaced.
    public func replacingLiteral(_ target: some StringProtocol, with replacement: some StringProtocol) -> String {
        guard var found = literalRange(of: target) else { return String(self) }
        var result = ""
        var rest = self[...]
        while true {
            result += rest[..<found.lowerBound]
            result += replacement
            rest = rest[found.upperBound...]
            guard let next = rest.literalRange(of: target) else { break }
            found = next
        }
        result += rest
        return result
    }
}
