import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// `stackcheck smoke` against the golden deployed into the local emulator.
@Suite struct SmokeTests {
    @Test func failsWhileNoTaskRunsAndNoTargetIsRegisteredThenPassesOnceTheyAre() async throws {
        // Its own emulator: the running-task count is emulator-wide.
        let emulator = try await Emulator.start()
        defer { emulator.stop() }
        let stack = try await EmulatorStack.deployGolden(in: emulator, prefix: "smoke")

        let failing = try await CLI.run(
            ["smoke", "--stack", stack.name, "--timeout", "0", "--format", "json"], environment: emulator.cliEnvironment
        )
        #expect(failing.status == 1, "\(failing.stdout)\(failing.stderr)")
        let report = try SmokeJSON(failing.stdout)
        #expect(report.status == "FAIL")
        #expect(report.check("stack-status")?.status == "PASS")
        #expect(report.check("alb-dns")?.status == "PASS")
        for service in ["data-ingestion", "transaction-processing", "report-generation"] {
            let check = report.check("running-count:\(service)-service-\(stack.suffix)")
            #expect(check?.status == "FAIL")
            #expect(check?.detail == "running 0 of 2 (pending 2), rollout IN_PROGRESS")
        }
        let health = report.check("target-health:report-tg-\(stack.suffix)")
        #expect(health?.status == "FAIL")
        #expect(health?.detail == "no target registered (want 2 healthy)")

        // Once tasks run, ECS (and the emulator) registers their addresses with the target group.
        try await emulator.setRunningTasks(2)

        let passing = try await CLI.run(
            ["smoke", "--stack", stack.name, "--timeout", "0"], environment: emulator.cliEnvironment)
        #expect(passing.status == 0, "\(passing.stdout)\(passing.stderr)")
        #expect(passing.stdout.hasPrefix("smoke \(stack.name): PASS (6 checks passed"))
        #expect(passing.stdout.contains("  PASS  target-health:report-tg-\(stack.suffix)"))
        #expect(passing.stdout.contains("2 healthy of 2 wanted\n"))
    }

    @Test func aMissingStackIsInEveryFormat() async throws {
        let emulator = try await Emulator.shared()
        let name = EmulatorStack.uniqueName("no-such-stack")
        let base = ["smoke", "--stack", name, "--timeout", "0", "--format"]
        let json = try await CLI.run(base + ["json"], environment: emulator.cliEnvironment)
        #expect(json.status == 2)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let entry = (object?["stacks"] as? [[String: Any]])?.first
        #expect(entry?["stack"] as? String == name)
        #expect(entry?["status"] as? String == "ERROR")
        #expect((entry?["error"] as? String)?.contains("does not exist") == true)
        let junit = try await CLI.run(base + ["junit"], environment: emulator.cliEnvironment)
        #expect(junit.status == 2)
        #expect(junit.stdout.contains("failures=\"1\""))
        #expect(junit.stdout.contains("<testcase name=\"stack\" classname=\"stackcheck.smoke.\(name)\">"))
        let markdown = try await CLI.run(base + ["markdown"], environment: emulator.cliEnvironment)
        #expect(markdown.status == 2)
        #expect(markdown.stdout.hasPrefix("### stackcheck smoke `\(name)`: **ERROR**"))
        let html = try await CLI.run(base + ["html"], environment: emulator.cliEnvironment)
        #expect(html.status == 2)
        #expect(html.stdout.contains("data-stack=\"\(name)\" data-status=\"ERROR\""), "\(html.stdout)")
        #expect(html.stdout.contains("does not exist"))
    }

    @Test func aMissingStackIsExitTwo() async throws {
        let emulator = try await Emulator.shared()
        let name = EmulatorStack.uniqueName("no-such-stack")
        let result = try await CLI.run(
            ["smoke", "--stack", name, "--timeout", "0"], environment: emulator.cliEnvironment)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        // The one message every command gives for a missing stack: name, region, operation, request id.
        let prefix =
            "error: stack \(name) does not exist in us-east-2 (cloudformation:DescribeStacks ValidationError, "
            + "request id "
        #expect(result.stderr.hasPrefix(prefix), "\(result.stderr)")
        // The first line is the contract; the hint follows it on a line of its own.
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasSuffix(")") == true, "\(result.stderr)")
        #expect(
            lines.dropFirst()
                == ["  hint: check the stack name and the region (`stackcheck whoami` shows the region in use)"])
    }

    @Test func aRolledBackStackFailsNamingTheResourceThatCausedIt() async throws {
        let emulator = try await Emulator.shared()
        let network = try await emulator.createNetwork()
        let name = EmulatorStack.uniqueName("smoke-rollback")
        let deploy = try await CLI.run(
            EmulatorStack.deployArguments(stack: name, suffix: "r1", network: network, vpcId: "vpc-00000000000000bad"),
            environment: emulator.cliEnvironment)
        #expect(deploy.status == 1)

        let result = try await CLI.run(
            ["smoke", "--stack", name, "--timeout", "5m", "--format", "junit"], environment: emulator.cliEnvironment)
        // A rollback cannot fix itself: one pass, not five minutes of polling.
        #expect(result.status == 1)
        #expect(result.stdout.contains("<testcase name=\"stack-status\" classname=\"stackcheck.smoke.\(name)\">"))
        #expect(
            result.stdout.contains(
                "<failure message=\"ROLLBACK_COMPLETE (the stack rolled back); caused by ALBTargetGroup "
                    + "(AWS::ElasticLoadBalancingV2::TargetGroup) CREATE_FAILED: Resource handler returned message: "
                    + "&quot;The VPC ID &apos;vpc-00000000000000bad&apos; is not found&quot; "
                    + "(HandlerErrorCode: ValidationError)\">"))
    }

    @Test func pollsUntilTheDeadlineAndSaysSoOnStderr() async throws {
        // Its own emulator: the running-task count is emulator-wide. The deadline cuts calls in flight, so
        // it must leave room for whole passes on a loaded machine (the progress line follows a pass only
        // when another comes); the stack never passes, so the deadline ends it.
        let emulator = try await Emulator.start()
        defer { emulator.stop() }
        let stack = try await EmulatorStack.deployGolden(in: emulator, prefix: "smoke-poll")
        let result = try await CLI.run(
            ["smoke", "--stack", stack.name, "--timeout", "15s", "--format", "json"],
            environment: emulator.cliEnvironment)
        #expect(result.status == 1)
        #expect(try SmokeJSON(result.stdout).status == "FAIL")
        // Not a terminal: plain progress lines, one per pass that is followed by another.
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count >= 1)
        #expect(lines.allSatisfy { $0.hasPrefix("smoke: pass ") && $0.contains("checks passing") })
    }
}

/// The smoke JSON report (the envelope's one stack), read back the way a CI script would.
private struct SmokeJSON: Decodable {
    struct Check: Decodable {
        var name: String
        var status: String
        var detail: String
    }

    struct Envelope: Decodable {
        var schemaVersion: Int
        var command: String
        var stacks: [SmokeJSON]
    }

    var stack: String
    var status: String
    var checks: [Check]

    init(_ text: String) throws {
        let envelope = try JSONDecoder().decode(Envelope.self, from: Data(text.utf8))
        guard envelope.schemaVersion == 2, envelope.command == "smoke", envelope.stacks.count == 1 else {
            throw EmulatorError("not one smoke report: \(text)")
        }
        self = envelope.stacks[0]
    }

    func check(_ name: String) -> Check? { checks.first { $0.name == name } }
}
