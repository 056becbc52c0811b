import Foundation
import Live
import StackCheckTestSupport
import Testing

/// A fleet across accounts: each `--stacks-file` entry's `roleArn` assumed (STS AssumeRole on the
/// emulator, where an assumed role's keys act in the role's account), `watch` over the same fleet with
/// a history line per stack, and the per-region and per-account limits counted by the engine itself.
@Suite struct FleetRoleTests {
    static let accountA = "111111111111"
    static let accountB = "222222222222"
    static func role(_ account: String) -> String { "arn:aws:iam::\(account):role/stackcheck-fleet" }

    /// A config file with a profile per account: the role, assumed with the environment's keys.
    static func configFile() throws -> String {
        var text = ""
        for (name, account) in [("acct-a", accountA), ("acct-b", accountB)] {
            text += "[profile \(name)]\nrole_arn = \(role(account))\ncredential_source = Environment\n\n"
        }
        return try FleetTests.file("config", text)
    }

    static func template(_ prefix: String) throws -> String {
        try FleetTests.file("fleet-template.json", StackFixtures.logGroupTemplate(count: 2, prefix: prefix))
    }

    @Test func eachStackIsCheckedWithItsOwnRole() async throws {
        let emulator = try await Emulator.start()
        defer { emulator.stop() }
        var env = emulator.cliEnvironment
        env["AWS_CONFIG_FILE"] = try Self.configFile()
        let first = EmulatorStack.uniqueName("fleet-a")
        let second = EmulatorStack.uniqueName("fleet-b")
        let firstTemplate = try Self.template(first)
        let secondTemplate = try Self.template(second)
        // Each stack deployed into its own account, through a profile with that account's role.
        for (stack, template, profile) in [(first, firstTemplate, "acct-a"), (second, secondTemplate, "acct-b")] {
            let deploy = try await CLI.run(
                ["deploy", "--stack", stack, "--template", template, "--profile", profile], environment: env)
            #expect(deploy.status == 0, "\(deploy.stdout)\(deploy.stderr)")
        }

        let fleet = try FleetTests.file(
            "fleet.yaml",
            "- {name: \(first), roleArn: '\(Self.role(Self.accountA))', template: '\(firstTemplate)'}\n"
                + "- {name: \(second), roleArn: '\(Self.role(Self.accountB))', template: '\(secondTemplate)'}\n")
        let both = try await CLI.run(
            ["drift", "--stacks-file", fleet, "--format", "json", "--max-per-account", "1"], environment: env)
        #expect(both.status == 0, "\(both.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(both.stdout.utf8)) as? [String: Any])
        let entries = try #require(object["stacks"] as? [[String: Any]])
        #expect(entries.map { $0["stack"] as? String } == [first, second])
        #expect(entries.map { $0["status"] as? String } == ["IN_SYNC", "IN_SYNC"])

        // The other account's role, or none (the default account): the stack is not there.
        let swapped = try FleetTests.file(
            "swapped.json",
            #"[{"name": "\#(first)", "roleArn": "\#(Self.role(Self.accountB))", "template": "\#(firstTemplate)"}]"#)
        let wrong = try await CLI.run(["drift", "--stacks-file", swapped], environment: env)
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("\(first) does not exist"), "\(wrong.stderr)")
        let noRole = try FleetTests.file(
            "norole.json", #"[{"name": "\#(first)", "template": "\#(firstTemplate)"}]"#)
        let plain = try await CLI.run(["drift", "--stacks-file", noRole], environment: env)
        #expect(plain.status == 2, "the default account has no such stack: \(plain.stderr)")

        // A role STS refuses: the error names the stack and the role, exit 2.
        let badRole = try FleetTests.file(
            "badrole.json", #"[{"name": "\#(first)", "roleArn": "not-an-arn", "template": "\#(firstTemplate)"}]"#)
        let refused = try await CLI.run(["drift", "--stacks-file", badRole], environment: env)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("stacks file: stack \(first)"), "\(refused.stderr)")

        // watch over the same fleet: one history line per stack and run, each under its own name.
        let history = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: history) }
        let watch = ["watch", "--stacks-file", fleet, "--every", "1s", "--max-runs", "2", "--history", history.path]
        let watched = try await CLI.run(watch, environment: env)
        #expect(watched.status == 0, "\(watched.stderr)")
        let lines = try String(contentsOf: history, encoding: .utf8).split(separator: "\n")
        let records = lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(records.count == 4)
        for stack in [first, second] {
            let own = records.filter { $0["stack"] as? String == stack }
            #expect(own.map { $0["status"] as? String } == ["IN_SYNC", "IN_SYNC"], "\(stack): \(own)")
            #expect(own.map { $0["run"] as? Int } == [1, 2])
        }
        #expect(watched.stderr.contains("\(first): watch: run 1 IN_SYNC"), "\(watched.stderr)")
    }

    @Test func limitsBelowOneAreUsageErrors() async throws {
        for flag in ["--max-per-region", "--max-per-account"] {
            let result = try await CLI.run(["drift", "--stack", "s", flag, "0"])
            #expect(result.status == 2)
            #expect(result.stderr.contains("\(flag) must be at least 1"), "\(result.stderr)")
        }
        let watch = try await CLI.run(["watch", "--every", "1m"])
        #expect(watch.status == 2)
        #expect(watch.stderr.contains("--stack (or --stacks-file) is required"), "\(watch.stderr)")
    }

    @Test func theGateKeepsThePerRegionAndPerAccountLimits() async {
        // 24 stacks over 3 regions and 2 accounts; at most 2 per region, 3 per account, 5 in all.
        let stacks = (0..<24).map { index in
            FleetStack(
                name: "s\(index)", region: ["us-east-1", "eu-west-1", "ap-south-1"][index % 3],
                roleArn: index % 2 == 0 ? FleetRoleTests.role(FleetRoleTests.accountA) : nil)
        }
        let limits = FleetLimits(total: 5, perRegion: 2, perAccount: 3)
        let gate = FleetGate(limits: limits)
        let regionGauges = Dictionary(
            uniqueKeysWithValues: ["us-east-1", "eu-west-1", "ap-south-1"].map {
                ($0, ConcurrencyGauge())
            })
        let accountGauges = [Self.accountA: ConcurrencyGauge(), "profile:default": ConcurrencyGauge()]
        let total = ConcurrencyGauge()
        let items = stacks.map { stack in
            let slot = FleetSlot(stack, region: stack.region!, profile: nil)
            return (slot: slot, item: slot)
        }
        let done = await gate.map(items) { slot -> String in
            for gauge in [total, regionGauges[slot.region]!, accountGauges[slot.account]!] { gauge.enter() }
            // Hold the slot across suspension points, so others run meanwhile if the gate lets them.
            for _ in 0..<5 { await Task.yield() }
            try? await Task.sleep(for: .milliseconds(5))
            for gauge in [total, regionGauges[slot.region]!, accountGauges[slot.account]!] { gauge.leave() }
            return slot.region
        }
        #expect(done == stacks.map { $0.region! }, "every stack ran once, results in input order")
        #expect(total.peak <= 5)
        for (region, gauge) in regionGauges { #expect(gauge.peak <= 2, "\(region): \(gauge.peak)") }
        for (account, gauge) in accountGauges { #expect(gauge.peak <= 3, "\(account): \(gauge.peak)") }
        // The gate's own count of what it admitted agrees.
        #expect(await gate.peakTotal <= 5)
        #expect(await gate.peakPerRegion.values.allSatisfy { $0 <= 2 })
        #expect(await gate.peakPerAccount.values.allSatisfy { $0 <= 3 })
        #expect(FleetSlot.account(ofRoleArn: FleetRoleTests.role(FleetRoleTests.accountB)) == FleetRoleTests.accountB)
        #expect(FleetSlot.account(ofRoleArn: "not-an-arn") == nil)
    }
}

extension FleetRoleTests {
    @Test func iamPolicyGrantsAssumeRoleOnTheFleetsRolesOnly() async throws {
        let fleet = try FleetTests.file(
            "fleet.yaml",
            "- {name: a, roleArn: '\(Self.role(Self.accountA))'}\n- {name: b, roleArn: '\(Self.role(Self.accountB))'}\n"
                + "- {name: c, roleArn: '\(Self.role(Self.accountA))'}\n- {name: d}\n")
        let result = try await CLI.run(
            [
                "iam-policy", "--command", "drift", "--template", StackFixtures.goldenPath, "--stacks-file", fleet,
                "--format", "json",
            ])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let statements = try #require(object["Statement"] as? [[String: Any]])
        let assume = statements.filter { ($0["Action"] as? [String])?.contains("sts:AssumeRole") == true }
        #expect(assume.count == 1)
        #expect(assume.first?["Resource"] as? [String] == [Self.role(Self.accountA), Self.role(Self.accountB)])

        let plain = try await CLI.run(
            ["iam-policy", "--command", "drift", "--template", StackFixtures.goldenPath, "--format", "json"])
        #expect(!plain.stdout.contains("sts:AssumeRole"), "no fleet, no role to assume")
        let bad = try FleetTests.file("bad.yaml", "- {name: a, rolearn: x}\n")
        let refused = try await CLI.run(["iam-policy", "--template", StackFixtures.goldenPath, "--stacks-file", bad])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("\(bad):1:22: error: unknown field 'rolearn'"), "\(refused.stderr)")
    }
}

/// Opens once; every `wait` before that suspends until it does.
actor Latch {
    private var open = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func wait() async {
        if open { return }
        await withCheckedContinuation { waiters.append($0) }
    }

    func release() {
        open = true
        for waiter in waiters { waiter.resume() }
        waiters = []
    }
}

extension FleetRoleTests {
    @Test func theGateFillsEachRegionUpToItsLimitAndQueuesTheRest() async throws {
        // Six stacks in one region, two in another: with 2 per region, 2 + 2 run and 4 wait, whatever
        // the machine's speed, because nothing finishes until the latch opens.
        let stacks = (0..<8).map { FleetStack(name: "s\($0)", region: $0 < 6 ? "us-east-1" : "eu-west-1") }
        let gate = FleetGate(limits: FleetLimits(total: 10, perRegion: 2))
        let latch = Latch()
        let items = stacks.map { (slot: FleetSlot($0, region: $0.region!, profile: nil), item: $0.name) }
        let run = Task {
            await gate.map(items) { name -> String in
                await latch.wait()
                return name
            }
        }
        var polls = 0
        while await gate.inFlight + gate.waitingCount < stacks.count, polls < 100_000 {
            polls += 1
            await Task.yield()
        }
        #expect(await gate.inFlight == 4)
        #expect(await gate.waitingCount == 4)
        #expect(await gate.peakPerRegion == ["us-east-1": 2, "eu-west-1": 2])
        await latch.release()
        #expect(await run.value == stacks.map(\.name))
        #expect(await gate.peakPerRegion == ["us-east-1": 2, "eu-west-1": 2])
        #expect(await gate.inFlight == 0)
    }
}
