import Foundation

/// The two UTC renderings of a signing time: `20150830T123600Z` and the scope date `20150830`.
///
/// Computed with integer calendar arithmetic (days to civil date) rather than a formatter: no locale,
/// no shared mutable formatter, no time zone lookups on every request.
struct SigV4Timestamp: Sendable, Equatable {
    let amzDate: String
    let scopeDate: String

    init(_ date: Date) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let inDay = seconds - days * 86_400
        let (year, month, day) = Self.civil(fromDays: days)
        scopeDate = Self.pad(year, 4) + Self.pad(month, 2) + Self.pad(day, 2)
        amzDate =
            scopeDate + "T" + Self.pad(inDay / 3600, 2) + Self.pad(inDay % 3600 / 60, 2)
            + Self.pad(inDay % 60, 2) + "Z"
    }

    /// Howard Hinnant's days-from-epoch to proleptic Gregorian date.
    private static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
