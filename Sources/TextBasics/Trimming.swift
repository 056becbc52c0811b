/// Full Foundation's `trimmingCharacters(in:)` for the three sets stackcheck trims by, on Unicode scalars
/// as Foundation does (so `\r\n` loses both halves); a text with nothing to trim is returned as it is.
public enum TrimmedSpace: Sendable {
    /// `.whitespaces`: tab and the space separators (Unicode category Zs), and U+200B, which Foundation's
    /// set also holds.
    case whitespaces
    /// `.newlines`: line feed to carriage return, U+0085, U+2028, U+2029.
    case newlines
    /// `.whitespacesAndNewlines`: both (Unicode's White_Space, and U+200B).
    case whitespacesAndNewlines

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch self {
        case .whitespaces: return Self.isBlank(scalar)
        case .newlines: return Self.isNewline(scalar)
        case .whitespacesAndNewlines: return Self.isBlank(scalar) || Self.isNewline(scalar)
        }
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }

    private static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        ("\n"..."\r").contains(scalar) || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}"
    }
}

extension StringProtocol {
    /// The text without the scalars of `space` at either end.
    public func trimmed(_ space: TrimmedSpace = .whitespacesAndNewlines) -> String {
        trimmed { space.contains($0) }
    }

    /// The text without the scalars `drop` accepts at either end (for a set of one's own, such as `[` and `]`).
    public func trimmed(where drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return "" }
        if !drop(first) && !drop(last) { return String(self) }
        guard let start = scalars.firstIndex(where: { !drop($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !drop($0) })!
        return String(self[start..<scalars.index(after: end)])
    }
}
