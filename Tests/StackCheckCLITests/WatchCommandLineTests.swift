import ArgumentParser
import Testing

@testable import stackcheck

/// `watch`'s interval and jitter: one duration type, a share of the interval, and clear errors.
@Suite struct WatchCommandLineTests {
    @Test func parsesIntervalAndJitter() throws {
        let watch = try InProcess.parse(["watch", "--stack", "s", "--every", "15m"], as: Watch.self)
        #expect(watch.every.duration == .seconds(900))
        #expect(watch.jitter == .share(0.1))
        #expect(watch.jitter.duration(every: watch.every.duration) == .seconds(90))
        let fixed = try InProcess.parse(
            ["watch", "--stack", "s", "--every", "1h", "--jitter", "30s"], as: Watch.self)
        #expect(fixed.jitter.duration(every: fixed.every.duration) == .seconds(30))
        let none = try InProcess.parse(["watch", "--stack", "s", "--every", "1h", "--jitter", "0%"], as: Watch.self)
        #expect(none.jitter.duration(every: none.every.duration) == .zero)
    }

    @Test func aZeroIntervalIsAUsageError() throws {
        let failure = try #require(InProcess.failure(["watch", "--stack", "s", "--every", "0"]))
        #expect(failure.message == "--every must be longer than 0, such as 15m or 1h")
        #expect(failure.code == ExitCode.validationFailure.rawValue)
    }

    @Test func badDurationsSayWhatTheyShouldBe() throws {
        let every = try #require(InProcess.failure(["watch", "--stack", "s", "--every", "often"]))
        #expect(every.message.hasPrefix("The value 'often' is invalid for '--every <every>': a duration is"))
        let jitter = try #require(
            InProcess.failure(["watch", "--stack", "s", "--every", "1h", "--jitter", "150%"]))
        #expect(
            jitter.message
                == "The value '150%' is invalid for '--jitter <jitter>': jitter is a duration (30s) or a "
                + "percentage of --every from 0% to 100% (10%)")
        #expect(jitter.code == ExitCode.validationFailure.rawValue)
    }

    @Test func theWebhookMustBeHTTP() throws {
        let failure = try #require(
            InProcess.failure(["watch", "--stack", "s", "--every", "1h", "--notify", "ftp://example.com/x"]))
        #expect(failure.message == "--notify must be an http or https URL, not 'ftp://example.com/x'")
    }
}
