import AWS
import Foundation

/// Stacks for live tests: the golden (or any template) deployed to the emulator through
/// CloudFormation change sets, waited on to completion. Shared by drift, probe and deploy tests.
///
///     let emulator = try await Emulator.shared()
///     let stack = try await StackFixtures.deployGolden(on: emulator, name: "drift-retention")
///     try await stack.client.logs.putRetentionPolicy(logGroupName: stack.physicalId("XRayLogGroup")!, ...)
public enum StackFixtures {
    /// An AWS client for the emulator: its fake keys unless `credentials` are given (an IAM user's, for
    /// tests with moto's auth on), over `transport` (a throttling proxy, say).
    public static func client(
        for emulator: Emulator, credentials: Credentials? = nil, transport: any HTTPTransport = CurlTransport()
    ) -> AWSClient {
        AWSClient(
            region: emulator.region,
            credentials: StaticCredentialProvider(
                credentials ?? Credentials(accessKeyId: "testing", secretAccessKey: "testing")),
            endpointURL: emulator.endpoint, transport: transport)
    }

    /// `Golden/template.json` in the package.
    public static var goldenPath: String { TestData.packageRoot.appendingPathComponent("Golden/template.json").path }

    /// The golden's parameters for a network the emulator made; `suffix` keeps names apart per stack.
    public static func goldenParameters(network: EmulatorNetwork, suffix: String) -> [CloudFormation.Parameter] {
        let account = "123456789012"
        let registry = "\(account).dkr.ecr.us-east-2.amazonaws.com"
        return [
            .init(key: "EnvironmentSuffix", value: suffix),
            .init(key: "VpcId", value: network.vpcId),
            .init(key: "PrivateSubnetIds", value: network.privateSubnetIds.joined(separator: ",")),
            .init(key: "PublicSubnetIds", value: network.publicSubnetIds.joined(separator: ",")),
            .init(key: "DataIngestionImageUri", value: "\(registry)/data-ingestion:latest"),
            .init(key: "TransactionProcessingImageUri", value: "\(registry)/transaction-processing:latest"),
            .init(key: "ReportGenerationImageUri", value: "\(registry)/report-generation:latest"),
            .init(key: "XRayImageUri", value: "public.ecr.aws/xray/aws-xray-daemon:latest"),
            .init(key: "SecretsManagerArn", value: "arn:aws:secretsmanager:us-east-2:\(account):secret:batch-abc123"),
            .init(key: "S3BucketName", value: "transactions-\(suffix)"),
        ]
    }

    /// Deploys the golden as `name` (its suffix derived from the name) and waits for CREATE_COMPLETE.
    public static func deployGolden(
        on emulator: Emulator, name: String, network: EmulatorNetwork? = nil
    ) async throws -> DeployedStack {
        let client = client(for: emulator)
        let network = if let network { network } else { try await emulator.createNetwork() }
        let body = try String(contentsOfFile: goldenPath, encoding: .utf8)
        let suffix = String(name.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" }.suffix(20))
        return try await deploy(
            client: client, name: name, templateBody: body,
            parameters: goldenParameters(network: network, suffix: suffix))
    }

    /// Creates a stack from `templateBody` through a CREATE change set and waits for it to settle.
    public static func deploy(
        client: AWSClient, name: String, templateBody: String, parameters: [CloudFormation.Parameter] = [],
        timeout: Duration = .seconds(120)
    ) async throws -> DeployedStack {
        let cloudFormation = client.cloudFormation
        _ = try await cloudFormation.createChangeSet(
            stackName: name, changeSetName: "create", templateBody: templateBody, parameters: parameters,
            capabilities: ["CAPABILITY_NAMED_IAM"], type: .create)
        let deadline = ContinuousClock.now + timeout
        var changeSet: CloudFormation.ChangeSet
        while true {
            changeSet = try await cloudFormation.describeChangeSet(stackName: name, changeSetName: "create")
            if changeSet.status == "FAILED" {
                throw EmulatorError("change set for \(name) failed: \(changeSet.statusReason ?? "")")
            }
            if !changeSet.status.hasSuffix("PENDING") && !changeSet.status.hasSuffix("IN_PROGRESS") { break }
            guard ContinuousClock.now < deadline else {
                throw EmulatorError("change set for \(name) never became ready")
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        try await cloudFormation.executeChangeSet(stackName: name, changeSetName: "create")
        while true {
            let stack = try await cloudFormation.describeStack(name)
            if stack.status.hasSuffix("_COMPLETE") || stack.status.hasSuffix("_FAILED") {
                guard stack.status == "CREATE_COMPLETE" else {
                    throw EmulatorError("stack \(name) ended \(stack.status): \(stack.statusReason ?? "")")
                }
                let resources = try await cloudFormation.listStackResources(stackName: name)
                return DeployedStack(client: client, stack: stack, resources: resources, changeSet: changeSet)
            }
            guard ContinuousClock.now < deadline else { throw EmulatorError("stack \(name) still \(stack.status)") }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    /// A template of `count` log groups (cheap resources), for stacks past DescribeStackResources' 100.
    public static func logGroupTemplate(count: Int, prefix: String) -> String {
        let resources = (0..<count).map {
            "\"Logs\($0)\": {\"Type\": \"AWS::Logs::LogGroup\", \"Properties\": "
                + "{\"LogGroupName\": \"/\(prefix)/group-\($0)\", \"RetentionInDays\": 7}}"
        }
        return "{\"Resources\": {\n" + resources.joined(separator: ",\n") + "\n}}\n"
    }
}

/// A stack the fixtures deployed: its client, description and resources.
public struct DeployedStack: Sendable {
    public var client: AWSClient
    public var stack: CloudFormation.Stack
    public var resources: [CloudFormation.StackResource]
    /// The change set that created it, as CloudFormation described it before execution.
    public var changeSet: CloudFormation.ChangeSet

    public var name: String { stack.stackName }

    public func physicalId(_ logicalId: String) -> String? {
        resources.first { $0.logicalId == logicalId }?.physicalId
    }

    public func parameter(_ key: String) -> String? { stack.parameter(key) }
}
