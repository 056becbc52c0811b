import ArgumentParser
import Foundation
import Live
import StackCheckTestSupport
import Testing

@testable import stackcheck

/// `smoke`'s options, help and error text in process, and its probe list kept to the registry.
@Suite struct SmokeCommandLineTests {
    @Test func parsesTheTimeoutAsADuration() throws {
        let smoke = try InProcess.parse(["smoke", "--stack", "prod", "--timeout", "1h30m"], as: Smoke.self)
        #expect(smoke.stack == "prod")
        #expect(smoke.timeout.duration == .seconds(5400))
        let once = try InProcess.parse(["smoke", "--stack", "prod", "--timeout", "0"], as: Smoke.self)
        #expect(once.timeout.duration == .zero)
        let standard = try InProcess.parse(["smoke", "--stack", "prod"], as: Smoke.self)
        #expect(standard.timeout.duration == .seconds(600))
    }

    @Test func aBadTimeoutSaysWhatADurationIs() throws {
        let failure = try #require(InProcess.failure(["smoke", "--stack", "prod", "--timeout", "soon"]))
        #expect(
            failure.message
                == "The value 'soon' is invalid for '--timeout <timeout>': a duration is a number and a unit, "
                + "such as 90s, 10m, 1h30m or 500ms (0 is none)")
        #expect(failure.code == ExitCode.validationFailure.rawValue)
        #expect(InProcess.failure(["smoke", "--stack", "prod", "--timeout", "-5s"]) != nil)
        #expect(InProcess.failure(["smoke", "--stack", "prod", "--timeout", "10 minutes"]) != nil)
    }

    @Test func aStackOrAStacksFileIsRequired() throws {
        let failure = try #require(InProcess.failure(["smoke"]))
        #expect(failure.message == "--stack (or --stacks-file) is required")
        #expect(failure.code == ExitCode.validationFailure.rawValue)
    }

    @Test func helpShowsTheDefaultTimeoutAsADuration() {
        #expect(InProcess.help(Smoke.self).contains("0 is one pass. (default: 10m)"))
    }

    /// The registry is the one list: `smoke --help` names exactly its probes, in its order.
    @Test func helpListsExactlyTheRegistrysProbes() {
        let listed = InProcess.help(Smoke.self).split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .compactMap { line in ProbeRegistry.catalog.first { line == "\($0.pattern): \($0.summary)" }?.pattern }
        #expect(listed == ProbeRegistry.catalog.map(\.pattern))
        #expect(ProbeRegistry.catalog.map(\.pattern).first == "stack-status")
        #expect(Set(ProbeRegistry.catalog.map(\.pattern)).count == ProbeRegistry.catalog.count)
    }

    /// The README's list of probes is the registry's, line for line (regenerate it from
    /// `ProbeRegistry.listing(indent: "  - ", quote: "`")` when a probe is added).
    @Test func readmeListsExactlyTheRegistrysProbes() throws {
        let readme = try String(
            contentsOf: TestData.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "<!-- probes (from ProbeRegistry; SmokeCommandLineTests checks it) -->\n"))
        let end = try #require(readme.range(of: "  <!-- /probes -->", range: start.upperBound..<readme.endIndex))
        let block = String(readme[start.upperBound..<end.lowerBound])
        #expect(block == ProbeRegistry.listing(indent: "  - ", quote: "`") + "\n")
    }
}
