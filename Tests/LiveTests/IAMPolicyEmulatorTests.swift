import AWS
import Foundation
import Live
import StackCheckTestSupport
import Testing

/// `stackcheck iam-policy` proven on the emulator with IAM auth on: the policy it prints is enough for
/// drift and smoke, and every action in it is needed (without it, the run that uses it exits 2 naming it).
/// One emulator of its own (auth is emulator-wide), two stacks deployed once, a user per removed action.
/// Every action is proven, smoke's stopped-task reads included (through a stack whose services are short).
/// Without `--cloudformation-drift`: the emulator refuses CloudFormation's drift detection (it would
/// have to make the answer up), so its status and results calls cannot be reached here.
@Suite("iam-policy against the emulator with IAM auth", .serialized)
struct IAMPolicyEmulatorTests {
    static let account = "123456789012"  // moto's account

    /// The policy document for `commands`, scoped to the test's stacks.
    static func policy(_ commands: [String], region: String, stack: String = "iampolicy-*") async throws
        -> [String: Any]
    {
        let result = try await CLI.run(
            [
                "iam-policy", "--format", "json", "--template", StackFixtures.goldenPath, "--stack", stack,
                "--region", region, "--account", account,
            ]
                + commands.flatMap { ["--command", $0] })
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    static func statements(_ policy: [String: Any]) -> [[String: Any]] {
        policy["Statement"] as? [[String: Any]] ?? []
    }

    static func actions(_ policy: [String: Any]) -> Set<String> {
        Set(statements(policy).flatMap { $0["Action"] as? [String] ?? [] })
    }

    /// The same policy without `action` (a statement left with no action goes too).
    static func removing(_ action: String, from policy: [String: Any]) throws -> String {
        var copy = policy
        copy["Statement"] = statements(policy).compactMap { statement -> [String: Any]? in
            var statement = statement
            let kept = (statement["Action"] as? [String] ?? []).filter { $0 != action }
            guard !kept.isEmpty else { return nil }
            statement["Action"] = kept
            return statement
        }
        return String(decoding: try JSONSerialization.data(withJSONObject: copy), as: UTF8.self)
    }

    struct Run: Sendable {
        var label: String
        var command: String
        var arguments: [String]
        /// The exit code with the whole policy.
        var expected: Int32
    }

    @Test func thePolicyIsEnoughForDriftAndSmokeAndEveryActionInItIsNeeded() async throws {
        let emulator = try await Emulator.start()
        defer { emulator.stop() }
        let region = emulator.region
        let good = try await EmulatorStack.deployGolden(in: emulator, prefix: "iampolicy")
        try await emulator.setRunningTasks(2)
        let targetGroup = try #require(
            try await emulator.client.cloudFormation.listStackResources(stackName: good.name)
                .first { $0.logicalId == "ALBTargetGroup" }?.physicalId)
        try await emulator.client.elbv2.registerTargets(
            targetGroupArn: targetGroup, targets: [("10.0.0.11", 8080), ("10.0.1.12", 8080)])
        // A rolled-back stack: smoke reads its events to say why, which a healthy stack never needs.
        let rolledBack = EmulatorStack.uniqueName("iampolicy-rb")
        let failedDeploy = try await CLI.run(
            EmulatorStack.deployArguments(
                stack: rolledBack, suffix: "rb", network: good.network, vpcId: "vpc-00000000000000bad"),
            environment: emulator.cliEnvironment)
        #expect(failedDeploy.status == 1, "\(failedDeploy.stdout)")
        // A stack with a service whose tasks keep stopping: smoke explains it from the stopped tasks
        // (ListTasks, DescribeTasks), which the other stacks never need.
        let short = try await EmulatorStack.deployGolden(in: emulator, prefix: "iampolicy-short")
        let service = try #require(
            try await emulator.client.cloudFormation.listStackResources(stackName: short.name)
                .first { $0.resourceType == "AWS::ECS::Service" }?.physicalId)
        try await emulator.stopTasks(
            reason: "Essential container in task exited", service: String(service.split(separator: "/").last ?? ""))

        let full = try await Self.policy(["drift", "smoke"], region: region)
        let driftActions = Self.actions(try await Self.policy(["drift"], region: region))
        let smokeActions = Self.actions(try await Self.policy(["smoke"], region: region))
        let all = Self.actions(full)
        #expect(all == driftActions.union(smokeActions))
        #expect(all.allSatisfy { !$0.contains("*") }, "no wildcard actions")
        #expect(all.contains("cloudformation:DescribeStackEvents") && all.contains("ecs:DescribeClusters"))

        // Every user and key before auth goes on: afterwards only IAM users can call anything.
        let iam = emulator.client.iam
        var keys: [String: Credentials] = [:]
        for removed in [""] + all.sorted() {
            let user = "iampolicy-\(keys.count)"
            try await iam.createUser(userName: user)
            let document =
                removed.isEmpty
                ? String(decoding: try JSONSerialization.data(withJSONObject: full), as: UTF8.self)
                : try Self.removing(removed, from: full)
            try await iam.putUserPolicy(userName: user, policyName: "stackcheck", document: document)
            keys[removed] = try await iam.createAccessKey(userName: user)
        }
        // The same policy for other stacks: the resources are enforced, not only the actions.
        let elsewhere = try await Self.policy(["drift", "smoke"], region: region, stack: "other-*")
        try await iam.createUser(userName: "iampolicy-elsewhere")
        try await iam.putUserPolicy(
            userName: "iampolicy-elsewhere", policyName: "stackcheck",
            document: String(decoding: try JSONSerialization.data(withJSONObject: elsewhere), as: UTF8.self))
        let elsewhereKeys = try await iam.createAccessKey(userName: "iampolicy-elsewhere")
        try await emulator.enableIAMAuth()

        let foreign = try await CLI.run(
            ["drift", "--stack", good.name, "--template", StackFixtures.goldenPath],
            environment: emulator.cliEnvironment(keys: elsewhereKeys))
        #expect(foreign.status == 2)
        #expect(foreign.stderr.contains("cloudformation:"), "\(foreign.stderr)")

        let runs = [
            Run(
                label: "drift", command: "drift",
                arguments: [
                    "drift", "--stack", good.name, "--template", StackFixtures.goldenPath,
                ], expected: 0),
            Run(
                label: "smoke", command: "smoke", arguments: ["smoke", "--stack", good.name, "--timeout", "0"],
                expected: 0),
            Run(
                label: "smoke of the rolled-back stack", command: "smoke",
                arguments: ["smoke", "--stack", rolledBack, "--timeout", "0"], expected: 1),
            Run(
                label: "smoke of the short stack", command: "smoke",
                arguments: ["smoke", "--stack", short.name, "--timeout", "0"], expected: 1),
        ]
        let secrets = keys.values.map(\.secretAccessKey)
        for run in runs {
            let result = try await CLI.run(run.arguments, environment: emulator.cliEnvironment(keys: keys[""]!))
            #expect(
                result.status == run.expected, "\(run.label) with the whole policy: \(result.stdout)\(result.stderr)")
        }
        for action in all.sorted() {
            var denied: [String] = []
            for run in runs where (run.command == "drift" ? driftActions : smokeActions).contains(action) {
                let result = try await CLI.run(run.arguments, environment: emulator.cliEnvironment(keys: keys[action]!))
                for secret in secrets { #expect(!(result.stdout + result.stderr).contains(secret)) }
                if result.status == 2 {
                    // A run that could not decide must say it is for want of this action, not another.
                    #expect(result.stderr.contains(action), "\(run.label) without \(action): \(result.stderr)")
                    denied.append(run.label)
                } else {
                    #expect(result.status == run.expected, "\(run.label) without \(action): \(result.stderr)")
                }
            }
            #expect(!denied.isEmpty, "no run failed without \(action): it would not be needed")
        }
    }
}
