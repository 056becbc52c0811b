import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// `stackcheck test` through the binary, on the emulator, in two regions at once. The tests share an
/// emulator of their own, one at a time: running and stopping tasks are emulator-wide.
@Suite(.serialized) struct LifecycleTests {
    static let regions = ["us-east-2", "us-west-2"]

    @Test func twoRegionsPassEveryPhaseAndLeaveNoStack() async throws {
        let emulator = try await Emulator.suite("lifecycle")
        try await emulator.resetTasks(running: 2)
        let spec = try await emulator.writeGoldenTestSpec(regions: Self.regions, prefix: "sc-pass", smokeTimeout: "20s")
        let result = try await CLI.run(
            ["test", "--spec", spec, "--format", "junit"], environment: emulator.cliEnvironment)
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr.suffix(3000))")
        #expect(result.stdout.contains("tests=\"8\" failures=\"0\" errors=\"0\" skipped=\"0\""))
        for region in Self.regions {
            #expect(result.stdout.contains("<testsuite name=\"\(region) sc-pass-"))
            for phase in ["deploy", "smoke", "drift", "delete"] {
                #expect(result.stdout.contains("<testcase name=\"\(phase)\" classname=\"stackcheck.test.\(region)\""))
            }
            #expect(try await emulator.stackNames(region: region).filter { $0.hasPrefix("sc-pass-") }.isEmpty)
        }
        // Progress went to stderr, one prefixed line at a time, the delete's events included.
        #expect(result.stderr.contains("[us-west-2] delete: "))
        #expect(result.stderr.contains("DELETE_COMPLETE"))
    }

    @Test func servicesThatNeverRunFailSmokeWithTheStoppedTasksReasonAndAreStillDeletedOrKept() async throws {
        let emulator = try await Emulator.suite("lifecycle")
        try await emulator.setRunningTasks(2)
        try await emulator.stopTasks(
            reason: "Essential container in task exited", exitCode: 137,
            containerReason: "OutOfMemoryError: Container killed due to memory usage")
        let spec = try await emulator.writeGoldenTestSpec(regions: Self.regions, prefix: "sc-fail", smokeTimeout: "8s")

        let failed = try await CLI.run(
            ["test", "--spec", spec, "--format", "json"], environment: emulator.cliEnvironment)
        #expect(failed.status == 1, "\(failed.stdout)\n\(failed.stderr.suffix(3000))")
        let report = try LifecycleJSON(failed.stdout)
        #expect(report.schemaVersion == 1)
        #expect(report.status == "FAIL")
        #expect(report.regions.map(\.region) == Self.regions)
        for region in report.regions {
            #expect(region.phase("deploy")?.status == "PASS")
            let smoke = try #require(region.phase("smoke"))
            #expect(smoke.status == "FAIL")
            #expect(smoke.detail.contains("running 0 of 2"))
            #expect(
                smoke.lines.contains {
                    $0.hasPrefix("running-count:data-ingestion-service-") && $0.contains("running 0 of 2")
                })
            #expect(
                smoke.lines.contains {
                    $0.contains("stopped task ")
                        && $0.hasSuffix(
                            ": Essential container in task exited (EssentialContainerExited); container data-ingestion "
                                + "exit 137: OutOfMemoryError: Container killed due to memory usage")
                })
            #expect(smoke.lines.contains { $0.contains("has started 2 tasks: (task ") })
            #expect(region.phase("drift")?.status == "SKIPPED")
            #expect(region.phase("delete")?.status == "PASS")
            #expect(!region.kept)
            #expect(try await emulator.stackNames(region: region.region).filter { $0.hasPrefix("sc-fail-") }.isEmpty)
        }

        let kept = try await CLI.run(
            ["test", "--spec", spec, "--keep-on-failure"], environment: emulator.cliEnvironment)
        #expect(kept.status == 1)
        for region in Self.regions {
            let names = try await emulator.stackNames(region: region).filter { $0.hasPrefix("sc-fail-") }
            #expect(names.count == 1)
            let name = try #require(names.first)
            #expect(name.hasPrefix("sc-fail-"))
            #expect(kept.stdout.contains("  kept: stack \(name) in \(region) (--keep-on-failure)\n"))
            // What was kept is cleaned up by hand, idempotently.
            var environment = emulator.cliEnvironment
            environment["AWS_REGION"] = region
            let deleted = try await CLI.run(["delete", "--stack", name], environment: environment)
            #expect(deleted.status == 0, "\(deleted.stdout)\(deleted.stderr)")
            #expect(deleted.stdout.contains("Stack \(name) is deleted (DELETE_COMPLETE).\n"))
            #expect(try await emulator.stackNames(region: region).filter { $0.hasPrefix("sc-fail-") }.isEmpty)
        }
    }

    @Test func aSpecMistakeIsOneLineAndExitTwoBeforeAnyStackIsMade() async throws {
        let emulator = try await Emulator.suite("lifecycle")
        let good = try await emulator.writeGoldenTestSpec(regions: ["us-east-2"], prefix: "sc-typo", smokeTimeout: "1s")
        let text = try String(contentsOfFile: good, encoding: .utf8)
            .replacingOccurrences(of: "t${stackcheck:random}", with: "t${stackcheck:randum}")
        try text.write(toFile: good, atomically: true, encoding: .utf8)
        let line =
            text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("randum") }! + 1
        let result = try await CLI.run(["test", "--spec", good], environment: emulator.cliEnvironment)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        // One error line, then its source line and a caret under column 22, as a compiler prints them.
        let source = text.split(separator: "\n", omittingEmptySubsequences: false)[line - 1]
        #expect(
            result.stderr
                == "\(good):\(line):22: error: unknown placeholder ${stackcheck:randum}; use ${stackcheck:random} or "
                + "${stackcheck:region}\n  \(source)\n  \(String(repeating: " ", count: 21))^\n")
        #expect(try await emulator.stackNames(region: "us-east-2").allSatisfy { !$0.hasPrefix("sc-typo-") })
    }

    @Test func sigtermDuringSmokeStillDeletesBothStacks() async throws {
        // No task ever runs, and the smoke timeout is long: only the signal ends the smoke phase.
        let emulator = try await Emulator.suite("lifecycle")
        try await emulator.resetTasks(running: 0)
        let spec = try await emulator.writeGoldenTestSpec(regions: Self.regions, prefix: "sc-term", smokeTimeout: "10m")
        let run = try await CLIProcess.start(["test", "--spec", spec], environment: emulator.cliEnvironment)
        let smoking = await CLIProcess.eventually(timeout: .seconds(240)) {
            Self.regions.allSatisfy { run.stderr.contains("[\($0)] smoke: pass 1:") }
        }
        #expect(smoking, "\(run.stderr.suffix(3000))")
        run.signal(SIGTERM)
        let status = await run.wait(timeout: .seconds(240))
        #expect(status == 3, "\(run.stderr.suffix(3000))")
        #expect(run.stderr.contains("test: interrupted: stopping, then deleting the stacks"))
        for region in Self.regions {
            #expect(run.stderr.contains("[\(region)] delete: "))
            #expect(try await emulator.stackNames(region: region).filter { $0.hasPrefix("sc-term-") }.isEmpty)
        }
    }
}

/// The `test` JSON report, read back the way a CI script would.
private struct LifecycleJSON: Decodable {
    struct Phase: Decodable {
        var name: String
        var status: String
        var detail: String
        var lines: [String]
    }

    struct Region: Decodable {
        var region: String
        var stack: String
        var status: String
        var kept: Bool
        var phases: [Phase]
        var notes: [String]

        func phase(_ name: String) -> Phase? { phases.first { $0.name == name } }
    }

    var schemaVersion: Int
    var status: String
    var interrupted: Bool
    var regions: [Region]

    init(_ text: String) throws {
        self = try JSONDecoder().decode(LifecycleJSON.self, from: Data(text.utf8))
    }
}
