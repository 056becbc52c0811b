import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// What the seed README's troubleshooting section looks at, shown by `smoke` and `describe`: service
/// events, stopped tasks' reasons, target health, scaling activities. The task tests share an emulator of
/// their own, one at a time: running and stopping tasks are emulator-wide.
@Suite(.serialized) struct TroubleshootingTests {
    @Test func aFailingRunningCountShowsTheServiceEventsAndTheStoppedTasksReasons() async throws {
        let emulator = try await Emulator.suite("troubleshooting")
        try await emulator.resetTasks(running: 2)
        let stack = try await EmulatorStack.deployGolden(in: emulator, prefix: "diagnose")
        // The report service's running tasks stop, and every replacement fails to start.
        let service = "report-generation-service-\(stack.suffix)"
        try await emulator.stopTasks(
            reason: "CannotPullContainerError: pull image manifest has been retried 5 time(s)", exitCode: nil,
            service: service)
        let result = try await CLI.run(
            ["smoke", "--stack", stack.name, "--timeout", "0"], environment: emulator.cliEnvironment)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("PASS  running-count:data-ingestion-service-\(stack.suffix)") })
        let start = try #require(lines.firstIndex { $0.contains("FAIL  running-count:\(service)") })
        #expect(lines[start].hasSuffix("running 0 of 2 (pending 2), rollout IN_PROGRESS"))
        let diagnostics = lines[(start + 1)...].prefix { $0.hasPrefix("        ") }
        let events = diagnostics.filter { $0.hasPrefix("        event ") }
        #expect(events.count == 5)
        #expect(events.first?.contains("(service \(service)) has stopped 2 running tasks: (task ") == true)
        #expect(diagnostics.contains { $0.contains("(service \(service)) has started 2 tasks: (task ") })
        let stopped = diagnostics.filter { $0.hasPrefix("        stopped task ") }
        #expect(stopped.count == 4)
        #expect(
            stopped.allSatisfy {
                $0.hasSuffix(
                    ": CannotPullContainerError: pull image manifest has been retried 5 time(s) (TaskFailedToStart)")
            })
        // Its tasks left the target group: the README's next look.
        #expect(result.stdout.contains("no target registered (want 2 healthy)"))
    }

    @Test func runningTasksAreRegisteredWithTheTargetGroupAsECSDoes() async throws {
        let emulator = try await Emulator.suite("troubleshooting")
        try await emulator.resetTasks(running: 2)
        let stack = try await EmulatorStack.deployGolden(in: emulator, prefix: "register")
        let group = try #require(
            try await emulator.client.cloudFormation.describeStackResources(stackName: stack.name)
                .first { $0.logicalId == "ALBTargetGroup" }?.physicalId)
        let targets = try await emulator.client.elbv2.describeTargetHealth(targetGroupArn: group)
        #expect(targets.count == 2)
        #expect(targets.allSatisfy { $0.targetId.hasPrefix("10.0.") && $0.port == 8080 && $0.state == "healthy" })

        try await emulator.setRunningTasks(1)
        #expect(try await emulator.client.elbv2.describeTargetHealth(targetGroupArn: group).count == 1)
    }

    @Test func describeShowsRecentScalingActivities() async throws {
        let emulator = try await Emulator.suite("troubleshooting")
        let stack = try await EmulatorStack.deployGolden(in: emulator, prefix: "scaling")
        let before = try await CLI.run(["describe", "--stack", stack.name], environment: emulator.cliEnvironment)
        #expect(before.stdout.hasSuffix("scaling activities: none\n"))

        // Raising the minimum above the desired count makes Application Auto Scaling scale out.
        let resourceId = "service/ecs-cluster-\(stack.suffix)/report-generation-service-\(stack.suffix)"
        try await emulator.client.applicationAutoScaling.registerScalableTarget(
            resourceId: resourceId, minCapacity: 3, maxCapacity: 10)
        let after = try await CLI.run(["describe", "--stack", stack.name], environment: emulator.cliEnvironment)
        #expect(after.status == 0)
        let lines = after.stdout.split(separator: "\n").map(String.init)
        let heading = try #require(lines.firstIndex(of: "scaling activities (1):"))
        #expect(lines[heading + 1].hasPrefix("  20"))
        #expect(
            lines[heading + 1].hasSuffix(
                "  \(resourceId)  Successful  Setting desired count to 3. (minimum capacity was set to 3)"))
        let json = try await CLI.run(
            ["describe", "--stack", stack.name, "--format", "json"], environment: emulator.cliEnvironment)
        let envelope = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let object = try #require((envelope["stacks"] as? [[String: Any]])?.first)
        let activities = try #require(object["scalingActivities"] as? [[String: Any]])
        #expect(activities.first?["description"] as? String == "Setting desired count to 3.")
    }
}
