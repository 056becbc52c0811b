import FoundationEssentials

/// Query-protocol timestamps: ISO 8601 in UTC, with or without fractional seconds.
public enum Timestamp {
    public static func parse(_ text: String?) -> Date? {
        guard let text, !text.isEmpty else { return nil }
        if let date = UTCTime.parseZulu(text) { return date }
        if let date = try? Date(text, strategy: .iso8601.year().month().day().time(includingFractionalSeconds: true)) {
            return date
        }
        return try? Date(text, strategy: .iso8601)
    }
}

extension XMLTree {
    /// The child `name` read as a timestamp.
    public func date(_ name: String) -> Date? { Timestamp.parse(string(name)) }
}
