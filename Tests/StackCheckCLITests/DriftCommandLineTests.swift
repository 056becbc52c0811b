import ArgumentParser
import Testing

@testable import stackcheck

/// `drift`'s options in process: the shared duration type, the wait's bound, usage errors.
@Suite struct DriftCommandLineTests {
    @Test func timeoutIsADurationAndWaitIsBounded() throws {
        let drift = try InProcess.parse(["drift", "--stack", "s", "--timeout", "90s"], as: Drift.self)
        #expect(drift.driftOptions.timeoutDuration == .seconds(90))
        #expect(drift.driftOptions.callDeadline == .seconds(90))
        let waiting = try InProcess.parse(["drift", "--stack", "s", "--wait"], as: Drift.self)
        #expect(waiting.driftOptions.timeoutDuration == .seconds(1800))
        let plain = try InProcess.parse(["drift", "--stack", "s"], as: Drift.self)
        #expect(plain.driftOptions.timeoutDuration == nil)
        #expect(plain.driftOptions.callDeadline == .seconds(120))
    }

    @Test func aBadTimeoutSaysWhatADurationIs() throws {
        let failure = try #require(InProcess.failure(["drift", "--stack", "s", "--timeout", "soon"]))
        #expect(failure.message.hasPrefix("The value 'soon' is invalid for '--timeout <timeout>': a duration is"))
        #expect(failure.code == ExitCode.validationFailure.rawValue)
    }

    @Test func concurrencyMustBePositive() throws {
        let failure = try #require(InProcess.failure(["drift", "--stack", "s", "--concurrency", "0"]))
        #expect(failure.message == "--concurrency must be at least 1")
    }
}
