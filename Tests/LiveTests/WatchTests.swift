import AWS
import Foundation
import Findings
import Live
import Report
import StackCheckTestSupport
import Template
import Testing
import Synchronization

/// `watch`: history lines, a webhook exactly once per change, clean stops, no two watchers on one history.
@Suite(.serialized) struct WatchTests {
    static func historyPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("watch-\(UUID().uuidString).jsonl").path
    }

    static func lines(_ path: String) -> [[String: Any]] {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    static func webhook() throws -> LoopbackServer { try LoopbackServer { _ in .text("ok") } }

    static func report(_ status: DriftStatus) -> DriftReport {
        status == .drifted
            ? DriftReport(stack: "S", findings: [retention], coverage: [])
            : DriftReport(stack: "S", findings: [], coverage: [])
    }

    @Test func theLoopNotifiesOncePerChangeAndRecordsEveryRun() async throws {
        let script: [DriftStatus] = [.inSync, .inSync, .drifted, .drifted, .inSync]
        let counter = WatchCounter()
        let hook = try Self.webhook()
        defer { hook.stop() }
        let path = Self.historyPath()
        let loop = WatchLoop(
            stack: "S",
            settings: try .init(
                every: .milliseconds(20), jitter: .zero, maxRuns: script.count, historyPath: path,
                notify: hook.endpoint.appendingPathComponent("hook")),
            check: { Self.report(script[counter.next()]) }, log: { _ in })
        let records = try await loop.run(stop: StopSignal())
        #expect(records.map(\.status) == ["IN_SYNC", "IN_SYNC", "DRIFTED", "DRIFTED", "IN_SYNC"])
        #expect(records.map(\.changed) == [true, false, true, false, true])
        let history = Self.lines(path)
        #expect(history.map { $0["status"] as? String } == ["IN_SYNC", "IN_SYNC", "DRIFTED", "DRIFTED", "IN_SYNC"])
        #expect(history.map { $0["run"] as? Int } == [1, 2, 3, 4, 5])
        let posts = hook.requests
        #expect(posts.count == 3)
        #expect(
            posts.allSatisfy {
                $0.method == "POST" && $0.path == "/hook" && $0.header("Content-Type") == "application/json"
            })
        let bodies = posts.compactMap { try? JSONSerialization.jsonObject(with: Data($0.body)) as? [String: Any] }
        #expect(bodies.map { $0["status"] as? String } == ["IN_SYNC", "DRIFTED", "IN_SYNC"])
        #expect(bodies[1]["previousStatus"] as? String == "IN_SYNC")
        #expect(bodies[1]["text"] as? String == "stackcheck: stack S is DRIFTED (was IN_SYNC): 1 finding")
        #expect((bodies[1]["findings"] as? [[String: Any]])?.first?["path"] as? String == retention.path)
    }

    @Test func aRestartedWatchRemembersTheLastResult() async throws {
        let path = Self.historyPath()
        let hook = try Self.webhook()
        defer { hook.stop() }
        for _ in 0..<2 {
            let loop = WatchLoop(
                stack: "S",
                settings: try .init(
                    every: .milliseconds(10), jitter: .zero, maxRuns: 1, historyPath: path, notify: hook.endpoint),
                check: { Self.report(.drifted) }, log: { _ in })
            try await loop.run(stop: StopSignal())
        }
        #expect(hook.requests.count == 1)
        #expect(Self.lines(path).map { $0["changed"] as? Bool } == [true, false])
    }

    @Test func aSecondWatchOnTheSameHistoryIsRefused() throws {
        let path = Self.historyPath()
        let first = try WatchHistory(path: path)
        #expect(throws: WatchError.self) { try WatchHistory(path: path) }
        #expect(first.path == path)
    }

    @Test func aStopWakesTheLoopAtOnce() async throws {
        let stop = StopSignal()
        let loop = WatchLoop(
            stack: "S", settings: try .init(every: .seconds(3600), jitter: .zero), check: { Self.report(.inSync) },
            log: { _ in })
        let running = Task { try await loop.run(stop: stop) }
        try await Task.sleep(for: .milliseconds(200))
        stop.stop()
        let records = try await running.value
        #expect(records.count == 1)
    }

    @Test func durationsParseAsPeopleWriteThem() {
        #expect(DurationText.parse("15m") == .seconds(900))
        #expect(DurationText.parse("1h30m") == .seconds(5400))
        #expect(DurationText.parse("500ms") == .milliseconds(500))
        #expect(DurationText.parse("2") == .seconds(2))
        #expect(DurationText.parse("soon") == nil)
        #expect(DurationText.parse("") == nil)
        #expect(DurationText.format(.seconds(5400)) == "1h30m")
    }

    @Test func watchAgainstTheEmulatorNotifiesOnceWhenDriftAppears() async throws {
        let stack = try await DriftTestSupport.deploy("watch-change")
        let hook = try Self.webhook()
        defer { hook.stop() }
        let path = Self.historyPath()
        let watch = try await CLIProcess.start(
            [
                "watch", "--stack", stack.name, "--template", StackFixtures.goldenPath, "--every", "1s", "--jitter",
                "0s",
                "--max-runs", "3", "--history", path, "--notify", hook.endpoint.absoluteString,
            ],
            environment: try await Emulator.shared().cliEnvironment)
        #expect(await CLIProcess.eventually(timeout: .seconds(60)) { Self.lines(path).count >= 1 })
        try await stack.client.logs.putRetentionPolicy(
            logGroupName: stack.physicalId("XRayLogGroup")!, retentionInDays: 7)
        let status = await watch.wait(timeout: .seconds(60))
        #expect(status == 0, "\(watch.stderr)")
        let history = Self.lines(path)
        #expect(history.count == 3)
        #expect(history.first?["status"] as? String == "IN_SYNC")
        #expect(history.last?["status"] as? String == "DRIFTED")
        #expect(history.filter { $0["changed"] as? Bool == true }.count == 2)
        #expect(hook.requests.count == 2)
    }

    @Test func sigtermStopsAfterTheCurrentRunAndKeepsTheHistory() async throws {
        let stack = try await DriftTestSupport.deploy("watch-stop")
        let path = Self.historyPath()
        let watch = try await CLIProcess.start(
            [
                "watch", "--stack", stack.name, "--template", StackFixtures.goldenPath, "--every", "1h", "--history",
                path,
            ],
            environment: try await Emulator.shared().cliEnvironment)
        #expect(await CLIProcess.eventually(timeout: .seconds(60)) { Self.lines(path).count == 1 })
        let second = try await CLI.run(
            [
                "watch", "--stack", stack.name, "--template", StackFixtures.goldenPath, "--every", "1h", "--history",
                path,
            ],
            environment: try await Emulator.shared().cliEnvironment)
        #expect(second.status == 2)
        #expect(second.stderr == "error: another watch is writing \(path); stop it or pass another --history\n")
        watch.signal(SIGTERM)
        #expect(await watch.wait(timeout: .seconds(30)) == 0)
        #expect(watch.stderr.contains("watch: stopping after the current run"))
        #expect(Self.lines(path).count == 1)
    }
}

final class WatchCounter: Sendable {
    private let value = Mutex(0)
    func next() -> Int {
        value.withLock { value in
            defer { value += 1 }
            return value
        }
    }
}
