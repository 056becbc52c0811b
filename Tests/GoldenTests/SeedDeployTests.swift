import BatchStack
import Foundation
import StackCheckTestSupport
import Template
import Testing

/// The seed README's deployment and validation commands, run by bash exactly as the README has them,
/// against the local emulator, on `Golden/template.json`.
///
/// The README's text is read at test time. Its commands run in `Golden/` (so its `file://template.json`
/// is our golden) with `AWS_ENDPOINT_URL` pointing aws-cli at the emulator. The README's prerequisites (a
/// VPC and subnets with the ids its example uses) are created in the emulator first, as an operator would
/// have them before deploying.
@Suite(.serialized) struct SeedDeployTests {
    static let stack = "ecs-batch-processing-prod"

    @Test(
        .enabled(if: Tool.isInstalled("aws"), "aws-cli is not installed: run scripts/setup"),
        .enabled(if: SeedReadme.load() != nil, "\(SeedReadme.missingMessage)"))
    func seedCommandsCreateAndValidateTheStack() async throws {
        let readme = try #require(SeedReadme.load())
        let create = try #require(readme.block(containing: "aws cloudformation create-stack"))
        let validate = try #require(readme.block(containing: "runningCount"))
        let emulator = try await Emulator.start(environment: ["MOTO_ECS_SERVICE_RUNNING": "2"])
        defer { emulator.stop() }
        let subnets = { (key: String) in readme.parameterValue(key)?.split(separator: ",").map(String.init) ?? [] }
        _ = try await emulator.createNetwork(
            vpcId: readme.parameterValue("VpcId"), privateSubnetIds: subnets("PrivateSubnetIds"),
            publicSubnetIds: subnets("PublicSubnetIds"))
        let aws = AWSCLI(endpoint: emulator.endpoint.absoluteString, environment: emulator.cliEnvironment)

        let created = try await aws.bash(create)
        try #require(created.status == 0, "create-stack: \(created.stderr)\n\(emulator.log.suffix(2000))")

        let status = try await aws.waitForStackStatus(Self.stack, timeout: .seconds(120))
        let failures = try await aws.run([
            "cloudformation", "describe-stack-events", "--stack-name", Self.stack, "--region", "us-east-2",
            "--query", "StackEvents[?contains(ResourceStatus,`FAILED`)].[LogicalResourceId,ResourceStatusReason]",
            "--output", "text",
        ])
        try #require(status == "CREATE_COMPLETE", "stack \(status): \(failures.stdout)")

        // The 24 resources of the golden, each created.
        let resources = try await aws.run([
            "cloudformation", "list-stack-resources", "--stack-name", Self.stack, "--region", "us-east-2",
            "--query", "StackResourceSummaries[].[LogicalResourceId,ResourceType,ResourceStatus]", "--output", "text",
        ])
        let rows = resources.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        let golden = try TemplateReader.read(path: Goldens.json)["Resources"]!.mappingValue!
        #expect(rows.count == 24)
        #expect(Set(rows.map { $0[0] }) == Set(golden.keys))
        for row in rows where row.count == 3 {
            #expect(row[1] == golden[row[0]]?["Type"]?.stringValue, "\(row[0])")
            #expect(row[2] == "CREATE_COMPLETE", "\(row[0])")
        }

        // The README's validation block, as written: status, ALB DNS, the services, a running count.
        let validated = try await aws.bash(validate)
        try #require(validated.status == 0, "validation: \(validated.stderr)")
        let lines = validated.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.first == "\"CREATE_COMPLETE\"")
        #expect(lines.contains { $0.hasPrefix("report-alb-prod-123-") && $0.hasSuffix(".elb.amazonaws.com") })
        for service in ["data-ingestion", "transaction-processing", "report-generation"] {
            #expect(validated.stdout.contains("/\(service)-service-prod-123\""), "\(service)")
        }
        #expect(lines.last == "2", "running count: \(validated.stdout)")
    }
}

/// aws-cli pointed at the emulator, with no profile or config file of the developer's in reach.
struct AWSCLI {
    var endpoint: String
    var environment: [String: String?]

    init(endpoint: String, environment: [String: String?]) {
        self.endpoint = endpoint
        var env = environment
        env["AWS_CONFIG_FILE"] = "/dev/null"
        env["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null"
        env["AWS_PAGER"] = ""
        self.environment = env
    }

    func run(_ args: [String]) async throws -> CLIResult {
        try await Tool.run("aws", ["--endpoint-url", endpoint] + args, environment: environment)
    }

    /// Runs a README block with bash in `Golden/`, aws-cli reaching the emulator through `AWS_ENDPOINT_URL`.
    func bash(_ script: String) async throws -> CLIResult {
        var env = environment
        env["AWS_ENDPOINT_URL"] = endpoint
        return try await Tool.run(
            "bash", ["-euo", "pipefail", "-c", script], environment: env,
            currentDirectory: URL(fileURLWithPath: Goldens.json).deletingLastPathComponent())
    }

    /// Polls `describe-stacks` until the stack leaves `*_IN_PROGRESS` (the CLI's own waiter polls every 30 s).
    func waitForStackStatus(_ stack: String, timeout: Duration) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            let result = try await run([
                "cloudformation", "describe-stacks", "--stack-name", stack, "--region", "us-east-2",
                "--query", "Stacks[0].StackStatus", "--output", "text",
            ])
            let status = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            if !status.hasSuffix("_IN_PROGRESS") && !status.isEmpty { return status }
            if ContinuousClock.now > deadline { return "still \(status) after \(timeout): \(result.stderr)" }
            try await Task.sleep(for: .milliseconds(500))
        }
    }
}
