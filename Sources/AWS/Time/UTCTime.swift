import FoundationEssentials

/// A moment as its UTC calendar fields, with integer calendar arithmetic (days to civil date): no locale,
/// no time zone data (FoundationEssentials has none for `TimeZone(identifier: "UTC")`), no formatter.
/// Its renderings are the ones `ISO8601DateFormatter` gave, which rounds to the millisecond first
/// (23:59:59.9996 is midnight).
public struct UTCTime: Sendable, Equatable {
    public let year: Int
    public let month: Int
    public let day: Int
    public let hour: Int
    public let minute: Int
    public let second: Int
    public let millisecond: Int

    /// `date` rounded to the nearest millisecond, as ISO8601DateFormatter rounds it.
    public init(_ date: Date) {
        self.init(milliseconds: Int((date.timeIntervalSince1970 * 1000).rounded()))
    }

    /// `date` cut down to its whole second (a signing time).
    public init(wholeSecondOf date: Date) {
        self.init(milliseconds: Int(date.timeIntervalSince1970.rounded(.down)) * 1000)
    }

    private init(milliseconds: Int) {
        let seconds = milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000
        millisecond = milliseconds - seconds * 1000
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let inDay = seconds - days * 86_400
        (year, month, day) = Self.civil(fromDays: days)
        hour = inDay / 3600
        minute = inDay % 3600 / 60
        second = inDay % 60
    }

    /// `2024-12-01`
    public var date: String { Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2) }

    /// `06:05:04`
    public var clock: String { Self.pad(hour, 2) + ":" + Self.pad(minute, 2) + ":" + Self.pad(second, 2) }

    /// `2024-12-01T06:05:04Z`
    public var iso8601: String { date + "T" + clock + "Z" }

    /// `2024-12-01T06:05:04.321Z`
    public var iso8601Milliseconds: String { date + "T" + clock + "." + Self.pad(millisecond, 3) + "Z" }

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

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
