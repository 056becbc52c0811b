import FoundationEssentials

/// The two UTC renderings of a signing time: `20150830T123600Z` and the scope date `20150830`.
///
/// Computed with integer calendar arithmetic (`UTCTime`) rather than a formatter: no locale, no shared
/// mutable formatter, no time zone lookups on every request.
struct SigV4Timestamp: Sendable, Equatable {
    let amzDate: String
    let scopeDate: String

    init(_ date: Date) {
        let time = UTCTime(wholeSecondOf: date)
        scopeDate = UTCTime.pad(time.year, 4) + UTCTime.pad(time.month, 2) + UTCTime.pad(time.day, 2)
        amzDate =
            scopeDate + "T" + UTCTime.pad(time.hour, 2) + UTCTime.pad(time.minute, 2) + UTCTime.pad(time.second, 2)
            + "Z"
    }
}
