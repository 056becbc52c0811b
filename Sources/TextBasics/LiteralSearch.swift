/// Finding and replacing text as full Foundation's `range(of:)` and `replacingOccurrences(of:with:)` do on
/// Linux with no options, for the needles stackcheck looks for: Unicode scalars compared, and a match that
/// a combining mark follows is none (`|` then U+0301 is not a `|`), while `\n` is found inside `\r\n`.
/// (Foundation also equates canonically equivalent needles, `é` with `e` + U+0301; these compare scalars.)
/// `literalRange(of:)` compares the UTF-8 bytes, for what must be found whatever follows it (a secret).
extension StringProtocol {
    /// The first place `needle` occurs, not followed by a combining mark, or nil; an empty needle is never found.
    public func textRange(of needle: some StringProtocol) -> Range<String.Index>? {
        // Comparing bytes finds exactly the scalar-by-scalar matches: a match of the needle's UTF-8 (whole
        // scalars) can only start on a lead byte and end before one, as UTF-8 is self-synchronizing.
        var from = startIndex
        while let found = byteRange(of: needle, from: from) {
            guard found.upperBound != endIndex, unicodeScalars[found.upperBound].properties.isGraphemeExtend else {
                return found
            }
            from = utf8.index(after: found.lowerBound)
        }
        return nil
    }

    /// Whether `textRange(of:)` finds `needle`: in place of `String.contains(String)`, which goes through
    /// the regular-expression runtime (`_StringProcessing`) and Character-by-Character comparison.
    public func containsText(_ needle: some StringProtocol) -> Bool { textRange(of: needle) != nil }

    /// The first place the bytes of `needle` occur, or nil; an empty needle is never found.
    public func literalRange(of needle: some StringProtocol) -> Range<String.Index>? {
        byteRange(of: needle, from: startIndex)
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

extension StringProtocol {
    /// The first place the bytes of `needle` occur at or after `from`, or nil.
    ///
    /// Over the bytes in place, in a loop that is not generic: the searches run from other modules, where the
    /// generic search over the scalar views that this replaced ran unspecialized, through protocol witnesses
    /// and metadata lookups for every scalar (drift of the reference stack searched 195 times at ~10,000
    /// instructions each). What stays generic here is a few calls per search.
    fileprivate func byteRange(of needle: some StringProtocol, from: String.Index) -> Range<String.Index>? {
        let skip = utf8.distance(from: startIndex, to: from)
        let offset = withBytes(of: self) { text in withBytes(of: needle) { firstOffset(of: $0, in: text, from: skip) } }
        guard let offset else { return nil }
        let lower = utf8.index(startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }
}

/// The UTF-8 bytes of `text` as a buffer: its own storage where it has one (native strings), a copy otherwise.
private func withBytes<Result>(of text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(text.utf8).withUnsafeBufferPointer(body)
}

/// Where `target` first occurs in `text` at or after offset `from`; nil for an empty target.
private func firstOffset(
    of target: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, from: Int
) -> Int? {
    guard let first = target.first, target.count <= text.count else { return nil }
    var at = from
    while at <= text.count - target.count {
        if text[at] == first {
            var matched = 1
            while matched < target.count, text[at + matched] == target[matched] { matched += 1 }
            if matched == target.count { return at }
        }
        at += 1
    }
    return nil
}
