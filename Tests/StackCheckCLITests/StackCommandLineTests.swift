import ArgumentParser
import Testing

@testable import stackcheck

/// `deploy`, `delete` and `describe` in process: their durations, usage errors and help.
@Suite struct StackCommandLineTests {
    @Test func deployAndDeleteTakeTheSharedDuration() throws {
        let deploy = try InProcess.parse(
            ["deploy", "--stack", "s", "--template", "t.json", "--timeout", "45m"], as: Deploy.self)
        #expect(deploy.timeout.duration == .seconds(2700))
        let delete = try InProcess.parse(["delete", "--stack", "s"], as: Delete.self)
        #expect(delete.timeout.duration == .seconds(1800))
        #expect(InProcess.help(Deploy.self).contains("(default: 1h)"))
        #expect(InProcess.help(Delete.self).contains("(default: 30m)"))
        let failure = try #require(InProcess.failure(["delete", "--stack", "s", "--timeout", "5 min"]))
        #expect(failure.message.hasPrefix("The value '5 min' is invalid for '--timeout <timeout>': a duration is"))
    }

    @Test func deployRejectsAnUnknownCapability() throws {
        let failure = try #require(
            InProcess.failure(["deploy", "--stack", "s", "--template", "t.json", "--capabilities", "CAPABILITY_ALL"]))
        #expect(
            failure.message
                == "unknown capability 'CAPABILITY_ALL'; use one of CAPABILITY_IAM, CAPABILITY_NAMED_IAM, "
                + "CAPABILITY_AUTO_EXPAND")
        #expect(failure.code == ExitCode.validationFailure.rawValue)
    }

    @Test func describeNeedsAStackAndExplainsItsExitCodes() throws {
        let failure = try #require(InProcess.failure(["describe"]))
        #expect(failure.message == "Missing expected argument '--stack <stack>'")
        #expect(failure.code == ExitCode.validationFailure.rawValue)
        let help = InProcess.help(Describe.self)
        #expect(help.contains("Exit 0 for a settled stack, 1 for one that failed"))
        #expect(help.contains("--stack <stack>"))
    }

    @Test func anUnknownCommandOrFlagIsAUsageError() throws {
        let command = try #require(InProcess.failure(["smoak"]))
        #expect(command.code == ExitCode.validationFailure.rawValue)
        let flag = try #require(InProcess.failure(["describe", "--stack", "s", "--colour"]))
        #expect(flag.message == "Unknown option '--colour'")
    }
}
