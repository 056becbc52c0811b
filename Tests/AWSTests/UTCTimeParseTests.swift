import Foundation
import Testing

@testable import AWS

/// `Timestamp.parse` reads the AWS form (`...Z`, optional fraction) with integer arithmetic; what it reads
/// must be what Foundation's ISO 8601 strategy read, and what it does not read goes to that strategy.
@Suite("UTCTime parsing")
struct UTCTimeParseTests {
    private static let withFraction = Date.ISO8601FormatStyle.iso8601.year().month().day()
        .time(includingFractionalSeconds: true)

    @Test func readsWhatFoundationReadsOverAWalkOfMoments() throws {
        var seconds = -86_400.0 * 400
        var moments: [Double] = [0, 951_782_400, 951_868_799, 1_709_164_799, 4_102_444_799, -1]
        while seconds < 4_102_444_800 {
            moments.append(seconds.rounded(.down))
            seconds += 8_191_237.123_457
        }
        for moment in moments {
            let text = UTCTime(Date(timeIntervalSince1970: moment)).iso8601
            let ours = try #require(UTCTime.parseZulu(text), "\(text)")
            #expect(ours == (try Date(text, strategy: .iso8601)), "\(text)")
            for fraction in [".5", ".250", ".123", ".000001", ".999999999"] {
                let fractional = String(text.dropLast()) + fraction + "Z"
                let theirs = try Date(fractional, strategy: Self.withFraction)
                let read = try #require(UTCTime.parseZulu(fractional), "\(fractional)")
                #expect(abs(read.timeIntervalSince1970 - theirs.timeIntervalSince1970) < 1e-6, "\(fractional)")
            }
        }
    }

    @Test func leavesEveryOtherFormToFoundation() {
        for text in [
            "2026-01-02T03:04:05+00:00", "2026-01-02T03:04:05", "2026-02-30T03:04:05Z", "2026-13-02T03:04:05Z",
            "2026-01-02T24:00:00Z", "2026-06-30T23:59:60Z", "2026-01-02 03:04:05Z", "2026-01-02T03:04:05.Z",
            "2026-01-02T03:04:05.1234567890Z", "２026-01-02T03:04:05Z", "yesterday", "",
        ] {
            #expect(UTCTime.parseZulu(text) == nil, "\(text)")
        }
        // The offset form still parses, through Foundation.
        #expect(Timestamp.parse("2026-01-02T03:04:05+00:00")?.timeIntervalSince1970 == 1_767_323_045)
        #expect(UTCTime.parseZulu("2024-02-29T00:00:00Z")?.timeIntervalSince1970 == 1_709_164_800)
        #expect(UTCTime.parseZulu("2023-02-29T00:00:00Z") == nil)
    }
}
