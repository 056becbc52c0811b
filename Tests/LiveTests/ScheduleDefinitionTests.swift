import ArgumentParser
import Foundation
import StackCheckTestSupport
import Template
import Testing

@testable import stackcheck

/// scripts/schedule's fleet definitions, read with the project's own YAML reader: the shard count agrees
/// everywhere it is written, every index 0..N-1 runs, and every stackcheck command line in them parses
/// with stackcheck's own parser (so a renamed flag breaks this test, not the scheduled run).
@Suite struct ScheduleDefinitionTests {
    static func read(_ name: String) throws -> Node {
        try TemplateReader.data(path: TestData.packageRoot.appendingPathComponent("scripts/schedule/\(name)").path)
    }

    /// The stackcheck invocation in a one-line shell step, up to its first redirection or `||`.
    static func arguments(_ line: String) -> [String]? {
        guard let start = line.range(of: "stackcheck ") else { return nil }
        var words: [String] = []
        for word in line[start.upperBound...].split(separator: " ") {
            if [">", ">>", "||", "|", "&&", ";"].contains(word) { break }
            words.append(String(word))
        }
        return words
    }

    /// Parses as `stackcheck ARGS` would, `validate()` included; returns the command.
    static func parse(_ arguments: [String]) throws -> any ParsableCommand {
        try StackCheck.parseAsRoot(arguments)
    }

    @Test func githubActionsMatrixCoversEveryShardOnce() throws {
        let workflow = try Self.read("github-actions-fleet.yml")
        let drift = try #require(workflow["jobs"]?["drift"])
        let strategy = try #require(drift["strategy"])
        #expect(strategy["fail-fast"]?.value == .bool(false), "a drifted shard must not cancel the others")
        let shards = try #require(strategy["matrix"]?["shard"]?.listValue).map { node -> Int? in
            if case .number(let text) = node.value { return Int(text) }
            return nil
        }
        let count = shards.count
        #expect(count >= 2)
        #expect(shards == Array(0..<count).map { Optional($0) })

        let steps = try #require(drift["steps"]?.listValue)
        let runs = steps.compactMap { $0["run"]?.stringValue }.filter { $0.contains("stackcheck drift") }
        #expect(runs.count == 1)
        let line = try #require(runs.first)
        for shard in 0..<count {
            let concrete = line.replacingOccurrences(of: "${{ matrix.shard }}", with: String(shard))
            let arguments = try #require(Self.arguments(concrete))
            #expect(arguments.contains("--shard") && arguments.contains("\(shard)/\(count)"), "\(arguments)")
            let command = try Self.parse(arguments)
            let parsed = try #require(command as? Drift)
            #expect(parsed.fleet.shard == "\(shard)/\(count)")
            #expect(parsed.fleet.stacksFile != nil)
            #expect(parsed.format == .json, "the merge job reads JSON shard reports")
        }

        let merge = try #require(workflow["jobs"]?["merge"])
        #expect(merge["needs"]?.stringValue == "drift")
        #expect(merge["if"]?.stringValue == "always()", "the merge runs when a shard found drift")
        let mergeRuns = (merge["steps"]?.listValue ?? []).compactMap { $0["run"]?.stringValue }
            .filter { $0.contains("stackcheck report merge") }
        #expect(mergeRuns.count == 2)
        for run in mergeRuns {
            let arguments = try #require(Self.arguments(run))
            let files = arguments.filter { $0.hasSuffix(".json") && $0.hasPrefix("shards/") }
            #expect(files == (0..<count).map { "shards/shard-\($0).json" }, "every shard's report is merged")
            #expect(try Self.parse(arguments) is ReportMergeCommand)
        }
    }

    @Test func kubernetesIndexedJobTakesItsShardFromTheCompletionIndex() throws {
        let cronJob = try Self.read("kubernetes-cronjob.yaml")
        #expect(cronJob["kind"]?.stringValue == "CronJob")
        #expect(cronJob["spec"]?["concurrencyPolicy"]?.stringValue == "Forbid")
        let job = try #require(cronJob["spec"]?["jobTemplate"]?["spec"])
        #expect(job["completionMode"]?.stringValue == "Indexed")
        func int(_ node: Node?) -> Int? {
            if case .number(let text)? = node?.value { return Int(text) }
            return nil
        }
        let completions = try #require(int(job["completions"]))
        #expect(int(job["parallelism"]) == completions)
        let rules = try #require(job["podFailurePolicy"]?["rules"]?.listValue)
        let noRetry = rules.first { $0["action"]?.stringValue == "FailIndex" }
        let codes = (noRetry?["onExitCodes"]?["values"]?.listValue ?? []).compactMap(int)
        #expect(codes == [1, 2], "drift found and not decided are answers; only inconclusive (3) is retried")

        let pod = try #require(job["template"]?["spec"])
        #expect(pod["restartPolicy"]?.stringValue == "Never")
        let container = try #require(pod["containers"]?.listValue?.first)
        #expect(noRetry?["onExitCodes"]?["containerName"]?.stringValue == container["name"]?.stringValue)
        let args = try #require(container["args"]?.listValue).compactMap(\.stringValue)
        #expect(args.contains("$(JOB_COMPLETION_INDEX)/\(completions)"), "\(args)")
        for index in 0..<completions {
            let concrete = args.map { $0.replacingOccurrences(of: "$(JOB_COMPLETION_INDEX)", with: String(index)) }
            let parsed = try #require(try Self.parse(concrete) as? Drift)
            #expect(parsed.fleet.shard == "\(index)/\(completions)")
            // The fleet file is where the ConfigMap volume is mounted.
            let mount = try #require(container["volumeMounts"]?.listValue?.first?["mountPath"]?.stringValue)
            #expect(parsed.fleet.stacksFile?.hasPrefix(mount + "/") == true)
        }
    }

    @Test func theScheduledTaskStackRunsAValidDriftCommand() throws {
        // The harness stack's container command (Golden/harness.json) parses as `stackcheck` arguments.
        let golden = try TemplateReader.read(
            path: TestData.packageRoot.appendingPathComponent("Golden/harness.json").path)
        let task = try #require(golden["Resources"]?["HarnessTaskDefinition"]?["Properties"])
        let command = try #require(task["ContainerDefinitions"]?.listValue?.first?["Command"]?.listValue)
            .compactMap(\.stringValue)
        let parsed = try #require(try Self.parse(command) as? Drift)
        #expect(parsed.fleet.stacksFile == "/etc/stackcheck/fleet.yaml")
        let schedule = try #require(golden["Resources"]?["HarnessSchedule"]?["Properties"])
        #expect(schedule["ScheduleExpression"]?.stringValue == "rate(1 hour)")
        #expect(schedule["Target"]?["EcsParameters"]?["LaunchType"]?.stringValue == "FARGATE")
    }
}
