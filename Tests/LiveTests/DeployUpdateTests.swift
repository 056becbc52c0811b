import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// `stackcheck deploy` as operators redeploy: one parameter changed, a template outgrowing the request limit, a
/// change reviewed property by property before it runs. Through the binary, against the emulator.
@Suite struct DeployUpdateTests {
    static let registry = "123456789012.dkr.ecr.us-east-2.amazonaws.com"

    @Test func anUpdateChangingOneParameterKeepsTheOtherNine() async throws {
        let emulator = try await Emulator.suite("operate")
        let stack = try await EmulatorStack.deployGolden(in: emulator, prefix: "deploy-keep")
        let before = try await emulator.client.cloudFormation.describeStack(stack.name).parameters
        #expect(before.count == 10)
        let newImage = "\(Self.registry)/data-ingestion:v2"
        let result = try await CLI.run(
            [
                "deploy", "--stack", stack.name, "--template", EmulatorStack.goldenTemplate.path,
                "--capabilities", "CAPABILITY_NAMED_IAM", "--parameter", "DataIngestionImageUri=\(newImage)",
            ],
            environment: emulator.cliEnvironment)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasSuffix("Stack \(stack.name) is UPDATE_COMPLETE.\n"), "\(result.stdout)")
        let after = try await emulator.client.cloudFormation.describeStack(stack.name).parameters
        #expect(after.count == 10)
        for parameter in before where parameter.key != "DataIngestionImageUri" {
            #expect(after.first { $0.key == parameter.key }?.value == parameter.value, "\(parameter.key) was not kept")
        }
        #expect(after.first { $0.key == "DataIngestionImageUri" }?.value == newImage)
        // The running revision carries the new image and the kept parameters (the bucket in its environment).
        let service = try await emulator.client.ecs.describeServices(
            cluster: "ecs-cluster-\(stack.suffix)", services: ["data-ingestion-service-\(stack.suffix)"]
        ).services.first
        let definition = try await emulator.client.ecs.describeTaskDefinition(try #require(service?.taskDefinition))
        #expect(definition.containerDefinitions?.first?.image == newImage)
    }

    @Test func aParameterNewToTheTemplateWithoutDefaultIsNamedByCloudFormation() async throws {
        let emulator = try await Emulator.suite("operate")
        let stack = try await EmulatorStack.deployGolden(in: emulator, prefix: "deploy-newparam")
        let variant = try TemplateVariant.golden { template in
            template["Parameters", "TeamName"] = ["Type": "String"]
        }
        defer { try? FileManager.default.removeItem(at: variant) }
        let result = try await CLI.run(
            ["deploy", "--stack", stack.name, "--template", variant.path, "--capabilities", "CAPABILITY_NAMED_IAM"],
            environment: emulator.cliEnvironment)
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("ValidationError: Parameters: [TeamName] must have values"), "\(result.stderr)")
        // The refused update left the stack's parameters as they were.
        let after = try await emulator.client.cloudFormation.describeStack(stack.name)
        #expect(after.parameters.count == 10)
        #expect(after.status == "CREATE_COMPLETE")
    }

    @Test func aTemplateOver51200BytesDeploysThroughS3() async throws {
        let emulator = try await Emulator.suite("operate")
        let network = try await emulator.createNetwork()
        let name = EmulatorStack.uniqueName("deploy-s3")
        let suffix = String(name.suffix(8))
        let variant = try TemplateVariant.golden { template in
            template["Metadata", "Padding"] = String(repeating: "stackcheck ", count: 120_000 / 11)
        }
        defer { try? FileManager.default.removeItem(at: variant) }
        let size = try FileManager.default.attributesOfItem(atPath: variant.path)[.size] as? Int ?? 0
        #expect(size > 120_000)
        let arguments =
            ["deploy", "--stack", name, "--template", variant.path, "--capabilities", "CAPABILITY_NAMED_IAM"]
            + EmulatorStack.goldenParameters(suffix: suffix, network: network)

        let refused = try await CLI.run(arguments, environment: emulator.cliEnvironment)
        #expect(refused.status == 2)
        #expect(
            refused.stderr
                == "error: the template is \(size) bytes, over CloudFormation's 51200-byte limit for a template in "
                + "the request; give --s3-bucket BUCKET (and optionally --s3-prefix PREFIX) to upload it and deploy "
                + "it from S3\n")

        let bucket = "templates-\(suffix)"
        try await emulator.client.s3.createBucket(bucket)
        let result = try await CLI.run(
            arguments + ["--s3-bucket", bucket, "--s3-prefix", "stacks/batch"], environment: emulator.cliEnvironment)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("Uploaded the template (\(size) bytes) to \(emulator.endpoint.absoluteString)"))
        #expect(result.stdout.contains("/\(bucket)/stacks/batch/\(name)-"))
        #expect(result.stdout.hasSuffix("Stack \(name) is CREATE_COMPLETE.\n"))
        let deployed = try await emulator.client.cloudFormation.getTemplate(stackName: name)
        #expect(deployed.utf8.count == size)
    }

    @Test func noExecuteShowsEachChangedPropertyWithOldAndNewValues() async throws {
        let emulator = try await Emulator.suite("operate")
        let network = try await emulator.createNetwork()
        let name = EmulatorStack.uniqueName("deploy-review")
        let suffix = String(name.suffix(8))
        let attributes: (inout TemplateVariant.Tree, [[String: String]]) -> Void = { template, pairs in
            template["Resources", "ApplicationLoadBalancer", "Properties", "LoadBalancerAttributes"] = pairs
        }
        let first = try TemplateVariant.golden {
            attributes(&$0, TemplateVariant.keyValues(["idle_timeout.timeout_seconds": "60"]))
        }
        let second = try TemplateVariant.golden {
            attributes(
                &$0,
                TemplateVariant.keyValues([
                    "idle_timeout.timeout_seconds": "60", "routing.http2.enabled": "false",
                ]))
        }
        defer { for file in [first, second] { try? FileManager.default.removeItem(at: file) } }
        let parameters = EmulatorStack.goldenParameters(suffix: suffix, network: network)
        let created = try await CLI.run(
            ["deploy", "--stack", name, "--template", first.path, "--capabilities", "CAPABILITY_NAMED_IAM"]
                + parameters,
            environment: emulator.cliEnvironment)
        #expect(created.status == 0, "\(created.stdout)\(created.stderr)")

        let image = "\(Self.registry)/data-ingestion:v2"
        let review = [
            "deploy", "--stack", name, "--template", second.path, "--capabilities", "CAPABILITY_NAMED_IAM",
            "--parameter", "DataIngestionImageUri=\(image)", "--no-execute",
        ]
        let text = try await CLI.run(review, environment: emulator.cliEnvironment)
        #expect(text.status == 0, "\(text.stdout)\(text.stderr)")
        let out = text.stdout
        #expect(out.contains("  ~ Modify  DataIngestionTaskDefinition  AWS::ECS::TaskDefinition  (replacement: True)"))
        #expect(out.contains("  ~ Modify  ApplicationLoadBalancer"))
        #expect(out.contains("Resources › DataIngestionTaskDefinition (AWS::ECS::TaskDefinition)\n"))
        #expect(
            out.contains(
                "  ~ Properties/ContainerDefinitions/0/Image: \"\(Self.registry)/data-ingestion:latest\" "
                    + "(GetTemplate(\(name)):"), "\(out)")
        #expect(out.contains("→ \"\(image)\" (\(second.path):"))
        #expect(out.contains("Resources › ApplicationLoadBalancer (AWS::ElasticLoadBalancingV2::LoadBalancer)\n"))
        #expect(
            out.contains(
                "  + Properties/LoadBalancerAttributes/1: {\"Key\":\"routing.http2.enabled\",\"Value\":\"false\"}"),
            "\(out)")
        // Nothing else in the stack changes: the other images and every other property are the same.
        #expect(!out.contains("transaction-processing:latest"))
        #expect(out.contains("Not executed (--no-execute)."))

        let markdown = try await CLI.run(review + ["--format", "markdown"], environment: emulator.cliEnvironment)
        #expect(markdown.status == 0)
        #expect(
            markdown.stdout.contains(
                "| ~ | Modify | `DataIngestionTaskDefinition` | `AWS::ECS::TaskDefinition` | True |"))
        #expect(markdown.stdout.contains("#### Resources › DataIngestionTaskDefinition (AWS::ECS::TaskDefinition)"))
        #expect(
            markdown.stdout.contains(
                "| ~ | `Properties/ContainerDefinitions/0/Image` | `\"\(Self.registry)/data-ingestion:latest\"` "),
            "\(markdown.stdout)")
        #expect(markdown.stdout.contains("`\"\(image)\"`"))
    }
}
