import FoundationEssentials

extension UTCTime {
    /// The moment `2026-01-02T03:04:05Z` or `2026-01-02T03:04:05.250Z` names: the form every AWS answer
    /// and credential document uses, read with integer arithmetic. Nil for anything else (an offset, a
    /// leap second, another layout, an impossible date), which `Timestamp.parse` then leaves to
    /// Foundation's ISO 8601 strategy: that parser pulls in calendar code and costs tens of thousands of
    /// instructions per timestamp, for answers that hold dozens.
    static func parseZulu(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54, bytes[13] == 0x3A,
            bytes[16] == 0x3A, bytes.last == 0x5A,
            let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2),
            let hour = number(bytes, 11, 2), let minute = number(bytes, 14, 2), let second = number(bytes, 17, 2),
            (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year), hour <= 23, minute <= 59,
            second <= 59
        else { return nil }
        var fraction = 0.0
        if bytes.count > 20 {
            // `.` and at least one digit before the `Z`.
            guard bytes[19] == 0x2E, bytes.count > 21, let digits = number(bytes, 20, bytes.count - 21),
                bytes.count - 21 <= 9
            else { return nil }
            var scale = 1.0
            for _ in 21..<bytes.count { scale *= 10 }
            fraction = Double(digits) / scale
        }
        let seconds = days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    /// The decimal value of `count` ASCII digits at `start`, or nil if any is not a digit.
    private static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for byte in bytes[start..<start + count] {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Howard Hinnant's proleptic Gregorian date to days from 1970-01-01 (the inverse of `civil`).
    private static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
