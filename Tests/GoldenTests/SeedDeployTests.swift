import BatchStack
import Foundation
import StackCheckTestSupport
import Template
import Testing

/// The seed README's deployment and validation commands, run with aws-cli against the local emulator on
/// `Golden/template.json`.
///
/// The commands are the README's, word for word, with `--endpoint-url` added and the template path made
/// absolute. One exception: the README's VPC and subnet ids are examples that exist nowhere, and the
/// emulator (like AWS) rejects a subnet that does not exist (`InvalidSubnetID.NotFound`), so those three
/// values come from a network the emulator creates.
@Suite(.serialized) struct SeedDeployTests {
    static let stack = "ecs-batch-processing-prod"

    /// The README's `create-stack` command; `{VPC}`, `{PRIVATE}`, `{PUBLIC}` are the network's ids.
    static let createStack = [
        "cloudformation", "create-stack",
        "--stack-name", "ecs-batch-processing-prod",
        "--template-body", "file://template.json",
        "--parameters",
        "ParameterKey=EnvironmentSuffix,ParameterValue=prod-123",
        "ParameterKey=VpcId,ParameterValue={VPC}",
        "ParameterKey=PrivateSubnetIds,ParameterValue={PRIVATE}",
        "ParameterKey=PublicSubnetIds,ParameterValue={PUBLIC}",
        "ParameterKey=DataIngestionImageUri,ParameterValue="
            + "123456789012.dkr.ecr.us-east-2.amazonaws.com/data-ingestion:latest",
        "ParameterKey=TransactionProcessingImageUri,ParameterValue="
            + "123456789012.dkr.ecr.us-east-2.amazonaws.com/transaction-processing:latest",
        "ParameterKey=ReportGenerationImageUri,ParameterValue="
            + "123456789012.dkr.ecr.us-east-2.amazonaws.com/report-generation:latest",
        "ParameterKey=XRayImageUri,ParameterValue=public.ecr.aws/xray/aws-xray-daemon:latest",
        "ParameterKey=SecretsManagerArn,ParameterValue="
            + "arn:aws:secretsmanager:us-east-2:123456789012:secret:my-secret-abc123",
        "ParameterKey=S3BucketName,ParameterValue=my-transaction-data-bucket",
        "--capabilities", "CAPABILITY_NAMED_IAM",
        "--region", "us-east-2",
    ]

    @Test(.enabled(if: Tool.isInstalled("aws"), "aws-cli is not installed: run scripts/setup"))
    func seedCommandsCreateAndValidateTheStack() async throws {
        let emulator = try await Emulator.start(environment: ["MOTO_ECS_SERVICE_RUNNING": "2"])
        defer { emulator.stop() }
        let network = try await emulator.createNetwork()
        let aws = AWSCLI(endpoint: emulator.endpoint.absoluteString, environment: emulator.cliEnvironment)

        let create = try aws.run(
            Self.createStack.map {
                $0.replacingOccurrences(of: "{VPC}", with: network.vpcId)
                    // `\,` as in the README: aws-cli's shorthand then keeps the list as one value.
                    .replacingOccurrences(of: "{PRIVATE}", with: network.privateSubnetIds.joined(separator: "\\,"))
                    .replacingOccurrences(of: "{PUBLIC}", with: network.publicSubnetIds.joined(separator: "\\,"))
                    .replacingOccurrences(of: "file://template.json", with: "file://\(Goldens.json)")
            })
        try #require(create.status == 0, "create-stack: \(create.stderr)\n\(emulator.log.suffix(2000))")

        let status = try await aws.waitForStackStatus(Self.stack, timeout: .seconds(120))
        let failures = try aws.run([
            "cloudformation", "describe-stack-events", "--stack-name", Self.stack, "--region", "us-east-2",
            "--query", "StackEvents[?contains(ResourceStatus,`FAILED`)].[LogicalResourceId,ResourceStatusReason]",
            "--output", "text",
        ])
        try #require(status == "CREATE_COMPLETE", "stack \(status): \(failures.stdout)")

        // The 24 resources of the golden, each created.
        let resources = try aws.run([
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

        // The README's validation commands.
        let described = try aws.run([
            "cloudformation", "describe-stacks", "--stack-name", "ecs-batch-processing-prod",
            "--query", "Stacks[0].StackStatus", "--region", "us-east-2",
        ])
        #expect(described.stdout == "\"CREATE_COMPLETE\"\n")
        let dns = try aws.run([
            "cloudformation", "describe-stacks", "--stack-name", "ecs-batch-processing-prod",
            "--query", "Stacks[0].Outputs[?OutputKey==`LoadBalancerDNS`].OutputValue", "--output", "text",
            "--region", "us-east-2",
        ])
        #expect(dns.stdout.hasPrefix("report-alb-prod-123-"), "\(dns.stdout)\(dns.stderr)")
        #expect(dns.stdout.hasSuffix(".elb.amazonaws.com\n"))
        let services = try aws.run([
            "ecs", "list-services", "--cluster", "ecs-cluster-prod-123", "--region", "us-east-2",
            "--query", "serviceArns", "--output", "text",
        ])
        let names = services.stdout.split(whereSeparator: { $0 == "\t" || $0 == "\n" }).map {
            $0.split(separator: "/").last!
        }
        #expect(
            names.sorted() == [
                "data-ingestion-service-prod-123", "report-generation-service-prod-123",
                "transaction-processing-service-prod-123",
            ])
        let running = try aws.run([
            "ecs", "describe-services", "--cluster", "ecs-cluster-prod-123",
            "--services", "data-ingestion-service-prod-123", "--query", "services[0].runningCount",
            "--region", "us-east-2",
        ])
        #expect(running.stdout == "2\n", "\(running.stderr)")
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

    func run(_ args: [String]) throws -> CLIResult {
        try Tool.run("aws", ["--endpoint-url", endpoint] + args, environment: environment)
    }

    /// Polls `describe-stacks` until the stack leaves `*_IN_PROGRESS` (the CLI's own waiter polls every 30 s).
    func waitForStackStatus(_ stack: String, timeout: Duration) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            let result = try run([
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
