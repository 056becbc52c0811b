import Foundation
import Live
import StackCheckTestSupport
import Testing

/// `--stacks-file` and `--shard`: reading a fleet, splitting it, and drift over it.
@Suite struct FleetTests {
    static func file(_ name: String, _ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString)-\(name)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func shardsAreStableDisjointAndCoverTheFleet() {
        #expect(Shard("0/4") == Shard(index: 0, count: 4))
        for bad in ["4/4", "-1/2", "1", "a/b", "0/0", "1/2/3", ""] { #expect(Shard(bad) == nil, "\(bad)") }
        let fleet = (0..<300).map { FleetStack(name: "stack-\($0)", region: ["us-east-1", "eu-west-1", nil][$0 % 3]) }
        for count in 1...7 {
            let shards = (0..<count).map { Shard(index: $0, count: count).select(fleet) }
            #expect(shards.map(\.count).reduce(0, +) == fleet.count, "disjoint and complete for N=\(count)")
            let names = shards.flatMap { $0.map { "\($0.name)@\($0.region ?? "")" } }
            #expect(Set(names).count == fleet.count)
            if count > 1 { #expect(shards.allSatisfy { !$0.isEmpty }) }
        }
        // Stable across runs and machines: FNV-1a, not Swift's seeded Hasher.
        #expect(Shard.hash("") == 0xcbf2_9ce4_8422_2325)
        #expect(Shard.hash("a") == 0xaf63_dc4c_8601_ec8c)
    }

    @Test func aStacksFileInYAMLAndItsMistakes() throws {
        let good = try Self.file(
            "fleet.yaml", "- name: a\n- {name: b, region: eu-west-1, profile: prod, template: t.json}\n")
        #expect(
            try FleetFile.read(path: good) == [
                FleetStack(name: "a"), FleetStack(name: "b", region: "eu-west-1", profile: "prod", template: "t.json"),
            ])
        let unknown = try Self.file("fleet.yaml", "- name: a\n- name: b\n  regoin: eu-west-1\n")
        #expect(throws: FleetFileError.self) { try FleetFile.read(path: unknown) }
        do {
            _ = try FleetFile.read(path: unknown)
        } catch {
            #expect(
                "\(error)"
                    == "\(unknown):3:11: error: unknown field 'regoin' (use name, region, profile, roleArn, template)")
        }
        let notAList = try Self.file("fleet.json", #"{"name": "a"}"#)
        #expect(throws: FleetFileError.self) { try FleetFile.read(path: notAList) }
        let noName = try Self.file("fleet.json", #"[{"region": "us-east-1"}]"#)
        do {
            _ = try FleetFile.read(path: noName)
            Issue.record("a stack without a name was accepted")
        } catch {
            #expect("\(error)" == "\(noName):1:2: error: this stack has no name")
        }
    }

    static func stackNames(_ stdout: String) throws -> [String] {
        guard !stdout.isEmpty else { return [] }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        if let stacks = object["stacks"] as? [[String: Any]] { return stacks.compactMap { $0["stack"] as? String } }
        return [object["stack"] as? String].compactMap { $0 }
    }

    @Test func driftOverAStacksFileAndItsShards() async throws {
        // Its own emulator: two deploys would hold the shared one's lock while other suites wait on it.
        let emulator = try await Emulator.start()
        defer { emulator.stop() }
        let first = try await EmulatorStack.deployGolden(in: emulator, prefix: "fleet")
        let second = try await EmulatorStack.deployGolden(in: emulator, prefix: "fleet")
        let missing = EmulatorStack.uniqueName("fleet-missing")
        let env = emulator.cliEnvironment
        let golden = StackFixtures.goldenPath
        let fleet = try Self.file(
            "fleet.yaml",
            "- name: \(first.name)\n- {name: \(second.name), template: '\(golden)'}\n"
                + "- {name: \(missing), region: us-west-2}\n")
        let all = try await CLI.run(
            ["drift", "--stacks-file", fleet, "--template", golden, "--format", "json"], environment: env)
        #expect(all.status == 2, "a stack that does not exist outranks the in-sync ones")
        #expect(try Self.stackNames(all.stdout).sorted() == [first.name, second.name, missing].sorted(), "the missing stack is in the envelope too")
        #expect(all.stderr.contains("stack \(missing) does not exist in us-west-2"), "\(all.stderr)")
        // The missing stack's entry carries the call, code and request id as a mark, not only in its line.
        let envelope = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any])
        let entry = try #require((envelope["stacks"] as? [[String: Any]])?.first { $0["stack"] as? String == missing })
        let mark = try #require(entry["mark"] as? [String: Any], "\(entry)")
        #expect(mark["operation"] as? String == "cloudformation:DescribeStacks")
        #expect(mark["code"] as? String == "ValidationError")
        let requestId = try #require(mark["requestId"] as? String)
        #expect(!requestId.isEmpty && (entry["error"] as? String)?.hasSuffix("request id \(requestId))") == true)

        let pair = try Self.file("pair.json", #"[{"name": "\#(first.name)"}, {"name": "\#(second.name)"}]"#)
        var seen: [String] = []
        var shardFiles: [String] = []
        for index in 0..<3 {
            let part = try await CLI.run(
                ["drift", "--stacks-file", pair, "--template", golden, "--format", "json", "--shard", "\(index)/3"],
                environment: env)
            #expect(part.status == 0, "\(part.stderr)")
            seen += try Self.stackNames(part.stdout)
            shardFiles.append(try Self.file("shard-\(index).json", part.stdout))
        }
        #expect(seen.sorted() == [first.name, second.name].sorted(), "each stack in exactly one shard")

        // The shards' reports merged: every stack once, and the worst exit code.
        let merged = try await CLI.run(["report", "merge", "--format", "json"] + shardFiles)
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(try Self.stackNames(merged.stdout).sorted() == [first.name, second.name].sorted())
        let drifted = try Self.file("drifted.json", #"{"schemaVersion": 1, "stack": "x", "status": "DRIFTED"}"#)
        let worse = try await CLI.run(["report", "merge"] + shardFiles + [drifted])
        #expect(worse.status == 1)
        #expect(worse.stdout.hasSuffix("3 stacks; exit 1\n"), "\(worse.stdout)")
        let notReport = try Self.file("other.json", "{\n  \"hello\": 1\n}\n")
        let unreadable = try await CLI.run(["report", "merge", drifted, notReport])
        #expect(unreadable.status == 2)
        #expect(unreadable.stderr.hasPrefix("\(notReport):1:1: error: not a stackcheck JSON report"))

        let smoke = try await CLI.run(
            ["smoke", "--stacks-file", pair, "--timeout", "0", "--format", "json"], environment: env)
        #expect(smoke.status == 1, "no task runs on the shared emulator: \(smoke.stderr)")
        #expect(try Self.stackNames(smoke.stdout).sorted() == [first.name, second.name].sorted())
        let smokeObject = try #require(
            try JSONSerialization.jsonObject(with: Data(smoke.stdout.utf8)) as? [String: Any])
        let statuses = (smokeObject["stacks"] as? [[String: Any]] ?? []).compactMap { $0["status"] as? String }
        #expect(statuses == ["FAIL", "FAIL"])
        var smoked: [String] = []
        for index in 0..<2 {
            let part = try await CLI.run(
                ["smoke", "--stacks-file", pair, "--shard", "\(index)/2", "--timeout", "0", "--format", "json"],
                environment: env)
            smoked += try Self.stackNames(part.stdout)
        }
        #expect(smoked.sorted() == [first.name, second.name].sorted())

        let bad = try await CLI.run(["drift", "--stacks-file", pair, "--shard", "3/3"], environment: env)
        #expect(bad.status == 2 || bad.status == 64)
        #expect(bad.stderr.contains("--shard must be I/N with 0 <= I < N, such as 0/4, not '3/3'"))
        // An entry's roleArn is assumed for that stack: FleetRoleTests.
    }
}
