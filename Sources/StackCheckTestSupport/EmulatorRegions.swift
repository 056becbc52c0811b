import AWS
import Foundation

/// The emulator serves every region at one endpoint (the region is in each request's signature):
/// clients and spec files for tests that span regions.
extension Emulator {
    /// A client for `region` with the emulator's fake keys.
    public func client(region: String) -> AWSClient {
        AWSClient(
            region: region,
            credentials: StaticCredentialProvider(Credentials(accessKeyId: "testing", secretAccessKey: "testing")),
            endpointURL: endpoint, transport: CurlTransport())
    }

    /// The names of the stacks that exist in `region` (deleted ones are not listed).
    public func stackNames(region: String) async throws -> [String] {
        try await client(region: region).cloudFormation.describeStacks().map(\.stackName)
    }

    /// A `stackcheck test` spec for the golden in `regions`, each with a network of its own, written to a
    /// new temporary folder; returns its path.
    public func writeGoldenTestSpec(regions: [String], prefix: String, smokeTimeout: String) async throws -> String {
        var regional: [String] = []
        for region in regions {
            let network = try await createNetwork(region: region)
            regional.append(
                "  \(region): {VpcId: \(network.vpcId), PrivateSubnetIds: \"\(network.privateSubnetIds.joined(separator: ","))\", "
                    + "PublicSubnetIds: [\(network.publicSubnetIds.joined(separator: ", "))]}")
        }
        let registry = "123456789012.dkr.ecr.us-east-2.amazonaws.com"
        let spec = """
            # stackcheck test spec, written by a test
            template: \(EmulatorStack.goldenTemplate.path)
            stackNamePrefix: \(prefix)
            regions: [\(regions.joined(separator: ", "))]
            capabilities: [CAPABILITY_NAMED_IAM]
            parameters:
              EnvironmentSuffix: "t${stackcheck:random}"
              S3BucketName: "data-${stackcheck:random}-${stackcheck:region}"
              DataIngestionImageUri: \(registry)/data-ingestion:latest
              TransactionProcessingImageUri: \(registry)/transaction-processing:latest
              ReportGenerationImageUri: \(registry)/report-generation:latest
              XRayImageUri: public.ecr.aws/xray/aws-xray-daemon:latest
              SecretsManagerArn: arn:aws:secretsmanager:us-east-2:123456789012:secret:batch-abc123
            regionParameters:
            \(regional.joined(separator: "\n"))
            smokeTimeout: \(smokeTimeout)

            """
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "stackcheck-spec-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("stackcheck-test.yml")
        try spec.write(to: path, atomically: true, encoding: .utf8)
        return path.path
    }
}
