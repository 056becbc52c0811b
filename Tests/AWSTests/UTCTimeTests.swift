import Foundation
import Testing

@testable import AWS

/// UTCTime renders what ISO8601DateFormatter rendered (it rounds to the millisecond first), without time zone
/// data: FoundationEssentials alone has no `TimeZone(identifier: "UTC")`.
@Suite("UTCTime")
struct UTCTimeTests {
    @Test func rendersAsISO8601DateFormatterOverAFixedWalkOfMoments() {
        let withMilliseconds = ISO8601DateFormatter()
        withMilliseconds.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let plain = ISO8601DateFormatter()
        let clock = ISO8601DateFormatter()
        clock.formatOptions = [.withTime, .withColonSeparatorInTime]
        clock.timeZone = TimeZone(identifier: "UTC")
        var seconds = -86_400.0 * 400
        var moments: [Double] = [0, 0.0005, 0.9995, 0.9996, -0.0004, -1.5, 951_782_400, 1_709_164_799.9996]
        while seconds < 4_102_444_800 {
            moments.append(seconds)
            seconds += 8_191_237.123_457
        }
        for moment in moments {
            let date = Date(timeIntervalSince1970: moment)
            let time = UTCTime(date)
            #expect(time.iso8601Milliseconds == withMilliseconds.string(from: date), "\(moment)")
            #expect(time.iso8601 == plain.string(from: date), "\(moment)")
            #expect(time.clock == clock.string(from: date), "\(moment)")
        }
    }

    @Test func aWholeSecondIsCutNotRounded() {
        let time = UTCTime(wholeSecondOf: Date(timeIntervalSince1970: 1_440_938_160.9999))
        #expect(time.iso8601Milliseconds == "2015-08-30T12:36:00.000Z")
        #expect(time.date == "2015-08-30")
    }
}
