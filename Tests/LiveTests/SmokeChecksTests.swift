import Foundation
import Findings
import Report
import Testing

@testable import AWS
@testable import Live

/// The smoke verdicts as pure functions of what AWS answered, and the three report formats.
@Suite struct SmokeChecksTests {
    func service(_ json: String) throws -> ECS.Service {
        try JSONDecoder().decode(ECS.Service.self, from: Data(json.utf8))
    }

    func targets(_ members: String) throws -> [ELBv2.TargetHealth] {
        let xml = try XMLTreeParser.parse(Array("<TargetHealthDescriptions>\(members)</TargetHealthDescriptions>".utf8))
        return xml.members.map(ELBv2.TargetHealth.init)
    }

    func member(_ id: String, _ state: String, reason: String? = nil, description: String? = nil) -> String {
        "<member><Target><Id>\(id)</Id><Port>8080</Port></Target><TargetHealth><State>\(state)</State>"
            + (reason.map { "<Reason>\($0)</Reason>" } ?? "")
            + (description.map { "<Description>\($0)</Description>" } ?? "") + "</TargetHealth></member>"
    }

    @Test func runningCountWantsDesiredAtLeastTwoOnePrimaryAndACompletedRollout() throws {
        let good = try service(
            """
            {"serviceName": "a", "status": "ACTIVE", "desiredCount": 2, "runningCount": 2, "pendingCount": 0,
             "deployments": [{"status": "PRIMARY", "rolloutState": "COMPLETED"}]}
            """)
        #expect(RuntimeChecks.runningCount(good, minimum: 2) == .passing("running 2 of 2, rollout COMPLETED"))

        let rolling = try service(
            """
            {"status": "ACTIVE", "desiredCount": 2, "runningCount": 1, "pendingCount": 1,
             "deployments": [{"status": "PRIMARY", "rolloutState": "IN_PROGRESS"}, {"status": "ACTIVE"}]}
            """)
        #expect(
            RuntimeChecks.runningCount(rolling, minimum: 2)
                == .failing("running 1 of 2 (pending 1), 2 deployments (1 primary), rollout IN_PROGRESS"))

        let single = try service(#"{"status": "ACTIVE", "desiredCount": 1, "runningCount": 1, "deployments": []}"#)
        #expect(
            RuntimeChecks.runningCount(single, minimum: 2)
                == .failing("desired count 1 is below the required 2", final: true))

        let failed = try service(
            """
            {"status": "ACTIVE", "desiredCount": 2, "runningCount": 0,
             "deployments": [{"status": "PRIMARY", "rolloutState": "FAILED", "rolloutStateReason": "circuit breaker"}]}
            """)
        #expect(
            RuntimeChecks.runningCount(failed, minimum: 2) == .failing("rollout FAILED: circuit breaker", final: true))
    }

    @Test func targetHealthNeedsEnoughHealthyAndNoUnhealthyWithReasons() throws {
        #expect(RuntimeChecks.targetHealth([], wanted: 2) == .failing("no target registered (want 2 healthy)"))
        #expect(
            RuntimeChecks.targetHealth(
                try targets(member("10.0.0.1", "healthy") + member("10.0.0.2", "healthy")), wanted: 2)
                == .passing("2 healthy of 2 wanted"))
        let mixed = try targets(
            member("10.0.0.1", "healthy")
                + member(
                    "10.0.0.2", "unhealthy", reason: "Target.ResponseCodeMismatch",
                    description: "Health checks failed with these codes: [502]")
                + member("10.0.0.3", "initial", reason: "Elb.InitialHealthChecking"))
        #expect(
            RuntimeChecks.targetHealth(mixed, wanted: 2)
                == .failing(
                    "1 healthy of 2 wanted; 1 unhealthy: 10.0.0.2:8080 unhealthy Target.ResponseCodeMismatch "
                        + "(Health checks failed with these codes: [502]); 1 other: 10.0.0.3:8080 initial "
                        + "Elb.InitialHealthChecking"))
    }

    @Test func stackStatusWaitsOnProgressAndFailsOnRollback() {
        #expect(RuntimeChecks.stackStatus("UPDATE_COMPLETE", reason: nil, failures: []) == .passing("UPDATE_COMPLETE"))
        #expect(
            RuntimeChecks.stackStatus("UPDATE_IN_PROGRESS", reason: nil, failures: [])
                == .waiting("UPDATE_IN_PROGRESS (waiting for it to settle)"))
        #expect(RuntimeChecks.stackStatus("UPDATE_ROLLBACK_IN_PROGRESS", reason: nil, failures: []).isFinalFailure)
        #expect(RuntimeChecks.stackStatus("DELETE_COMPLETE", reason: nil, failures: []).isFinalFailure)
    }

    @Test func reportsInEachFormat() {
        let report = ProbeReport(
            stack: "prod",
            checks: [
                ProbeCheck(name: "stack-status", status: .pass, detail: "CREATE_COMPLETE"),
                ProbeCheck(name: "target-health:tg", status: .fail, detail: "no target registered <none>"),
                ProbeCheck(name: "running-count:svc", status: .inconclusive, detail: "no answer"),
            ])
        #expect(report.status == .fail)
        #expect(report.exitCode == 1)
        #expect(
            ProbeTextRenderer.render(report)
                == """
                smoke prod: FAIL (1 of 3 checks failed)
                  PASS  stack-status       CREATE_COMPLETE
                  FAIL  target-health:tg   no target registered <none>
                  ????  running-count:svc  no answer

                """)
        #expect(
            ProbeJSONRenderer.render(report, region: "us-east-2").hasPrefix(
                "{\n  \"schemaVersion\": 2,\n  \"command\": \"smoke\",\n  \"stacks\": [\n    {\n"
                    + "      \"stack\": \"prod\",\n      \"region\": \"us-east-2\",\n      \"status\": \"FAIL\",\n"
                    + "      \"exitCode\": 1,"))
        let junit = ProbeJUnitRenderer.render(report)
        #expect(junit.contains("tests=\"3\" failures=\"1\" errors=\"1\""))
        #expect(junit.contains("<failure message=\"no target registered &lt;none&gt;\">"))
        #expect(
            ProbeMarkdownRenderer.render(report)
                == """
                ### stackcheck smoke `prod`: **FAIL** (1 of 3 checks passed)

                | check | status | detail |
                | --- | --- | --- |
                | `stack-status` | **PASS** | CREATE_COMPLETE |
                | `target-health:tg` | **FAIL** | no target registered <none> |
                | `running-count:svc` | **INCONCLUSIVE** | no answer |

                """)
        #expect(
            ProbeReport(stack: "s", checks: [ProbeCheck(name: "a", status: .inconclusive, detail: "")]).exitCode == 3)
    }

    @Test func pollDelaysGrowWithJitterAndStayUnderTheCap() {
        struct Fixed: RandomSource {
            var value: Double
            func nextUnit() -> Double { value }
        }
        let schedule = PollSchedule(initial: .seconds(1), maximum: .seconds(5), multiplier: 2, jitter: 0.2)
        #expect(schedule.delay(after: 0, random: Fixed(value: 0.5)) == .seconds(1))
        #expect(schedule.delay(after: 2, random: Fixed(value: 0.5)) == .seconds(4))
        #expect(schedule.delay(after: 9, random: Fixed(value: 0.5)) == .seconds(5))
        #expect(schedule.delay(after: 1, random: Fixed(value: 0)) == .milliseconds(1600))
        #expect(schedule.delay(after: 1, random: Fixed(value: 0.999_999)) == .milliseconds(2399))
    }
}
