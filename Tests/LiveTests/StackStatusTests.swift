import AWS
import Foundation
import Live
import StackCheckTestSupport
import Testing

/// One verdict per CloudFormation stack status, and smoke, drift, describe and watch agreeing on it
/// through the real binary (statuses moto never reaches are set with the emulator's fault-injection route).
@Suite(.serialized) struct StackStatusTests {
    /// The README's table, written out: every documented status and the exit code it gives.
    static let expected: [String: Int32] = [
        "CREATE_COMPLETE": 0, "UPDATE_COMPLETE": 0, "IMPORT_COMPLETE": 0,
        "CREATE_IN_PROGRESS": 3, "UPDATE_IN_PROGRESS": 3, "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS": 3,
        "REVIEW_IN_PROGRESS": 3, "IMPORT_IN_PROGRESS": 3,
        "CREATE_FAILED": 1, "ROLLBACK_IN_PROGRESS": 1, "ROLLBACK_FAILED": 1, "ROLLBACK_COMPLETE": 1,
        "DELETE_IN_PROGRESS": 1, "DELETE_FAILED": 1, "DELETE_COMPLETE": 1, "UPDATE_FAILED": 1,
        "UPDATE_ROLLBACK_IN_PROGRESS": 1, "UPDATE_ROLLBACK_FAILED": 1,
        "UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS": 1, "UPDATE_ROLLBACK_COMPLETE": 1,
        "IMPORT_ROLLBACK_IN_PROGRESS": 1, "IMPORT_ROLLBACK_FAILED": 1, "IMPORT_ROLLBACK_COMPLETE": 1,
        "": 2, "SOMETHING_NEW": 2, "create_complete": 2,
    ]

    @Test func everyDocumentedStatusHasAVerdict() {
        #expect(
            Set(StackStatusVerdict.documented)
                == Set(Self.expected.keys).subtracting(["", "SOMETHING_NEW", "create_complete"]))
        for (status, code) in Self.expected {
            #expect(StackStatusVerdict.classify(status.isEmpty ? nil : status).exitCode == code, "\(status)")
        }
        #expect(StackStatusVerdict.classify(nil) == .unknown)
    }

    @Test func smokeDriftDescribeAndWatchAgreeOnEveryStatus() async throws {
        let emulator = try await Emulator.shared()
        let stack = try await TinyStack.deploy(in: emulator, prefix: "status")
        let env = emulator.cliEnvironment
        let history = FileManager.default.temporaryDirectory.appendingPathComponent("status-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: history) }
        for (status, code) in Self.expected.sorted(by: { $0.key < $1.key }) {
            try await emulator.setStackStatus(stack.name, to: status, reason: "injected")
            let drift = try await CLI.run(
                ["drift", "--stack", stack.name, "--template", stack.template, "--format", "json"], environment: env)
            let describe = try await CLI.run(["describe", "--stack", stack.name, "--format", "json"], environment: env)
            let smoke = try await CLI.run(
                ["smoke", "--stack", stack.name, "--timeout", "0", "--format", "json"], environment: env)
            let watch = try await CLI.run(
                [
                    "watch", "--stack", stack.name, "--template", stack.template, "--every", "1h", "--max-runs", "1",
                    "--history", history.path,
                ], environment: env)
            #expect(drift.status == code, "drift on \(status): \(drift.stdout)\(drift.stderr)")
            #expect(describe.status == code, "describe on \(status): \(describe.stdout)\(describe.stderr)")
            #expect(smoke.status == code, "smoke on \(status): \(smoke.stdout)\(smoke.stderr)")
            #expect(watch.status == 0, "watch on \(status): \(watch.stderr)")
            let lines = try String(contentsOf: history, encoding: .utf8).split(separator: "\n")
            let record = try JSONSerialization.jsonObject(with: Data(lines.last!.utf8)) as? [String: Any]
            #expect(record?["exitCode"] as? Int == Int(code), "watch on \(status): \(lines.last!)")
            for result in [drift, describe, smoke] {
                let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
                let entry = (object?["stacks"] as? [[String: Any]])?.first
                #expect(entry?["exitCode"] as? Int == Int(code), "\(status): \(result.stdout)")
            }
            if code == 1 {
                let entry = try Self.firstStack(drift.stdout)
                let finding = (entry["findings"] as? [[String: Any]])?.first
                #expect(finding?["kind"] as? String == "stack-status")
                #expect(finding?["actual"] as? String == status)
            }
        }
        try await emulator.setStackStatus(stack.name, to: "CREATE_COMPLETE")
    }

    @Test func waitGivesUpAtTheDeadlineAndNeverSaysInSync() async throws {
        let emulator = try await Emulator.shared()
        let stack = try await TinyStack.deploy(in: emulator, prefix: "status-wait")
        try await emulator.setStackStatus(stack.name, to: "UPDATE_IN_PROGRESS")
        let result = try await CLI.run(
            ["drift", "--stack", stack.name, "--template", stack.template, "--wait", "--timeout", "3s"],
            environment: emulator.cliEnvironment)
        #expect(result.status == 3, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("UPDATE_IN_PROGRESS"))
        #expect(result.stdout.contains("did not settle before the deadline"))
        #expect(!result.stdout.contains("IN_SYNC"))
    }

    @Test func waitChecksTheStackOnceItSettles() async throws {
        let emulator = try await Emulator.shared()
        let stack = try await TinyStack.deploy(in: emulator, prefix: "status-settle")
        try await emulator.setStackStatus(stack.name, to: "UPDATE_IN_PROGRESS")
        async let result = CLI.run(
            ["drift", "--stack", stack.name, "--template", stack.template, "--wait", "--timeout", "2m"],
            environment: emulator.cliEnvironment)
        try await Task.sleep(for: .seconds(3))
        try await emulator.setStackStatus(stack.name, to: "UPDATE_COMPLETE")
        let finished = try await result
        #expect(finished.status == 0, "\(finished.stdout)\(finished.stderr)")
        #expect(finished.stdout.hasPrefix("stack \(stack.name): IN_SYNC"))
    }

    @Test func withoutWaitAStackInProgressIsInconclusiveAndSaysHowToWait() async throws {
        let emulator = try await Emulator.shared()
        let stack = try await TinyStack.deploy(in: emulator, prefix: "status-nowait")
        try await emulator.setStackStatus(stack.name, to: "CREATE_IN_PROGRESS")
        let result = try await CLI.run(
            ["drift", "--stack", stack.name, "--template", stack.template], environment: emulator.cliEnvironment)
        #expect(result.status == 3)
        #expect(result.stdout.contains("CREATE_IN_PROGRESS"))
        #expect(result.stdout.contains("pass --wait"))
    }

    static func firstStack(_ json: String) throws -> [String: Any] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try #require((object["stacks"] as? [[String: Any]])?.first)
    }
}
