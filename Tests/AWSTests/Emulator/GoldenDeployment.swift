import AWS
import Foundation
import StackCheckTestSupport

/// The golden template deployed once per test process into the shared emulator, through our own
/// change-set calls (so deploying is itself under test). Tests read what they expect from the
/// template and the stack's outputs, never from copies of the values.
struct GoldenDeployment: Sendable {
    let emulator: Emulator
    let client: AWSClient
    let stackName: String
    let stack: CloudFormation.Stack
    let changeSet: CloudFormation.ChangeSet
    let network: EmulatorNetwork
    /// Golden/template.json as JSON objects.
    let templateText: String

    var template: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(templateText.utf8))) as? [String: Any] ?? [:]
    }

    func resource(_ logicalId: String) -> [String: Any] {
        ((template["Resources"] as? [String: Any])?[logicalId] as? [String: Any])?["Properties"] as? [String: Any]
            ?? [:]
    }

    func output(_ key: String) -> String { stack.output(key) ?? "" }

    static func shared() async throws -> GoldenDeployment { try await Holder.instance.get() }

    private actor Holder {
        static let instance = Holder()
        private var task: Task<GoldenDeployment, any Error>?

        func get() async throws -> GoldenDeployment {
            if let task { return try await task.value }
            let task = Task { try await GoldenDeployment.deploy() }
            self.task = task
            return try await task.value
        }
    }

    static func deploy() async throws -> GoldenDeployment {
        let emulator = try await Emulator.shared()
        let client = emulatorClient(emulator)
        let network = try await emulator.createNetwork()
        let suffix = "awsc\(UInt32.random(in: 0..<UInt32.max) % 100_000)"
        let stackName = "stackcheck-aws-\(suffix)"
        let templateText = try String(
            contentsOf: TestData.packageRoot.appendingPathComponent("Golden/template.json"), encoding: .utf8)
        let parameters: [CloudFormation.Parameter] = [
            .init(key: "EnvironmentSuffix", value: suffix), .init(key: "VpcId", value: network.vpcId),
            .init(key: "PrivateSubnetIds", value: network.privateSubnetIds.joined(separator: ",")),
            .init(key: "PublicSubnetIds", value: network.publicSubnetIds.joined(separator: ",")),
            .init(key: "DataIngestionImageUri", value: "public.ecr.aws/docker/library/busybox:latest"),
            .init(key: "TransactionProcessingImageUri", value: "public.ecr.aws/docker/library/busybox:latest"),
            .init(key: "ReportGenerationImageUri", value: "public.ecr.aws/docker/library/busybox:latest"),
            .init(key: "XRayImageUri", value: "public.ecr.aws/xray/aws-xray-daemon:latest"),
            .init(key: "SecretsManagerArn", value: "arn:aws:secretsmanager:us-east-2:123456789012:secret:db-AbCdEf"),
            .init(key: "S3BucketName", value: "stackcheck-\(suffix)"),
        ]
        let cfn = client.cloudFormation
        _ = try await cfn.createChangeSet(
            stackName: stackName, changeSetName: "initial", templateBody: templateText, parameters: parameters,
            capabilities: ["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM"], type: .create)
        let changeSet = try await poll { () -> CloudFormation.ChangeSet? in
            let changeSet = try await cfn.describeChangeSet(stackName: stackName, changeSetName: "initial")
            if changeSet.status == "FAILED" {
                throw EmulatorError("change set failed: \(changeSet.statusReason ?? "")")
            }
            return changeSet.status == "CREATE_COMPLETE" ? changeSet : nil
        }
        try await cfn.executeChangeSet(stackName: stackName, changeSetName: "initial")
        let stack = try await poll { () -> CloudFormation.Stack? in
            let stack = try await cfn.describeStack(stackName)
            if stack.status.hasSuffix("_FAILED") || stack.status.contains("ROLLBACK") {
                throw EmulatorError("stack \(stackName) is \(stack.status): \(stack.statusReason ?? "")")
            }
            return stack.status == "CREATE_COMPLETE" ? stack : nil
        }
        return GoldenDeployment(
            emulator: emulator, client: client, stackName: stackName, stack: stack, changeSet: changeSet,
            network: network, templateText: templateText)
    }
}

/// A client for the emulator with its fake keys and region.
func emulatorClient(_ emulator: Emulator, credentials: Credentials? = nil) -> AWSClient {
    AWSClient(
        region: emulator.region,
        credentials: StaticCredentialProvider(
            credentials ?? Credentials(accessKeyId: "testing", secretAccessKey: "testing")),
        endpointURL: emulator.endpoint)
}

/// Asks until `check` returns a value; fails after `attempts` tries a quarter second apart.
func poll<T: Sendable>(attempts: Int = 120, _ check: () async throws -> T?) async throws -> T {
    for _ in 0..<attempts {
        if let value = try await check() { return value }
        try await Task.sleep(for: .milliseconds(250))
    }
    throw EmulatorError("gave up waiting after \(attempts) tries")
}
