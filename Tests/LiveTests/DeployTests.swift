import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// `stackcheck deploy` against the local emulator, as a user runs it.
@Suite struct DeployTests {
    @Test func deploysTheGoldenStreamingEventsThenFindsNothingToChange() async throws {
        let emulator = try await Emulator.shared()
        let stack = try await EmulatorStack.deployGolden(in: emulator, prefix: "deploy")
        let out = stack.deployOutput.stdout
        #expect(out.contains("(CREATE) for stack \(stack.name): 24 changes"))
        #expect(out.contains("  + Add     ECSCluster "))
        #expect(
            out.contains(
                "CREATE_COMPLETE               AWS::ApplicationAutoScaling::ScalingPolicy    "
                    + "ReportGenerationScalingPolicy"))
        #expect(out.hasSuffix("Stack \(stack.name) is CREATE_COMPLETE.\n"))
        // Events stream oldest first: the stack's own CREATE_IN_PROGRESS comes before any resource's.
        let first = try #require(out.range(of: "CREATE_IN_PROGRESS            AWS::CloudFormation::Stack"))
        let cluster = try #require(out.range(of: "CREATE_COMPLETE               AWS::ECS::Cluster"))
        #expect(first.lowerBound < cluster.lowerBound)

        let again = try await CLI.run(
            EmulatorStack.deployArguments(stack: stack.name, suffix: stack.suffix, network: stack.network),
            environment: emulator.cliEnvironment)
        #expect(again.status == 0)
        #expect(again.stdout == "No changes: stack \(stack.name) already matches the template and parameters.\n")
    }

    @Test func anUpdateShowsWhatChangesAndServicesTakeTheNewTaskDefinition() async throws {
        let emulator = try await Emulator.shared()
        let stack = try await EmulatorStack.deployGolden(in: emulator, prefix: "deploy-update")
        // A new bucket: the task definitions (replaced, new revisions), the task role's policy (Fn::Sub), and
        // the services that refer to the task definitions all change.
        let parameters = EmulatorStack.goldenParameters(suffix: stack.suffix, network: stack.network)
            .map { $0.hasPrefix("S3BucketName=") ? "S3BucketName=stackcheck-updated-\(stack.suffix)" : $0 }
        let result = try await CLI.run(
            [
                "deploy", "--stack", stack.name, "--template", EmulatorStack.goldenTemplate.path,
                "--capabilities", "CAPABILITY_NAMED_IAM",
            ] + parameters,
            environment: emulator.cliEnvironment)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("(UPDATE) for stack \(stack.name): 7 changes\n"))
        #expect(result.stdout.contains("  ~ Modify  TaskRole "))
        #expect(result.stdout.contains("  ~ Modify  DataIngestionService "))
        #expect(result.stdout.hasSuffix("Stack \(stack.name) is UPDATE_COMPLETE.\n"))
        let services = try await emulator.client.ecs.describeServices(
            cluster: "ecs-cluster-\(stack.suffix)", services: ["data-ingestion-service-\(stack.suffix)"])
        #expect(
            services.services.first?.taskDefinition?.hasSuffix("task-definition/data-ingestion-\(stack.suffix):2")
                == true)
    }

    @Test func aResourceThatFailsIsNamedWithItsReasonAndExitsOne() async throws {
        let emulator = try await Emulator.shared()
        let network = try await emulator.createNetwork()
        let name = EmulatorStack.uniqueName("deploy-fail")
        let result = try await CLI.run(
            EmulatorStack.deployArguments(stack: name, suffix: "f1", network: network, vpcId: "vpc-0000000000bogus"),
            environment: emulator.cliEnvironment)
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("Deploy failed: stack \(name) is ROLLBACK_COMPLETE\nFailed resources:\n"))
        #expect(
            result.stdout.contains(
                "  ALBTargetGroup (AWS::ElasticLoadBalancingV2::TargetGroup) CREATE_FAILED: Resource handler returned "
                    + "message: \"The VPC ID 'vpc-0000000000bogus' is not found\" (HandlerErrorCode: ValidationError)\n"
            ))
        #expect(result.stdout.contains("ROLLBACK_COMPLETE             AWS::CloudFormation::Stack"))
    }

    @Test func aMissingIAMCapabilityIsNamed() async throws {
        let emulator = try await Emulator.shared()
        let network = try await emulator.createNetwork()
        let result = try await CLI.run(
            [
                "deploy", "--stack", EmulatorStack.uniqueName("deploy-cap"), "--template",
                EmulatorStack.goldenTemplate.path,
            ] + EmulatorStack.goldenParameters(suffix: "c1", network: network),
            environment: emulator.cliEnvironment)
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "error: the template needs CAPABILITY_NAMED_IAM; pass --capabilities CAPABILITY_NAMED_IAM "
                + "(cloudformation:CreateChangeSet InsufficientCapabilitiesException: Requires capabilities : "
                + "[CAPABILITY_NAMED_IAM])\n")
    }

    @Test func noExecuteStopsAtTheChangeSetAndParametersComeFromAFile() async throws {
        let emulator = try await Emulator.shared()
        let network = try await emulator.createNetwork()
        let name = EmulatorStack.uniqueName("deploy-noexec")
        // Everything but EnvironmentSuffix from an aws-cli parameters file; the flag wins over the file's value.
        let flags = EmulatorStack.goldenParameters(suffix: "n1", network: network)
        let pairs = stride(from: 1, to: flags.count, by: 2).map { flags[$0].split(separator: "=", maxSplits: 1) }
        let entries = pairs.map { "{\"ParameterKey\": \"\($0[0])\", \"ParameterValue\": \"\($0[1])\"}" }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).json")
        try "[\n  \(entries.joined(separator: ",\n  "))\n]\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try await CLI.run(
            [
                "deploy", "--stack", name, "--template", EmulatorStack.goldenTemplate.path, "--parameters-file",
                file.path,
                "--parameter", "EnvironmentSuffix=n2", "--capabilities", "CAPABILITY_NAMED_IAM", "--no-execute",
            ],
            environment: emulator.cliEnvironment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Not executed (--no-execute)."))
        #expect(!result.stdout.contains("Executing change set"))
        let stack = try await emulator.client.cloudFormation.describeStack(name)
        #expect(stack.status == "REVIEW_IN_PROGRESS")
    }

    @Test func badParametersAreOneLineErrors() async throws {
        let emulator = try await Emulator.shared()
        let template = EmulatorStack.goldenTemplate.path
        let noEquals = try await CLI.run(
            ["deploy", "--stack", "x", "--template", template, "--parameter", "VpcId"],
            environment: emulator.cliEnvironment)
        #expect(noEquals.status == 2)
        #expect(noEquals.stderr == "error: --parameter 'VpcId' is not KEY=VALUE; write a list parameter as KEY=a,b,c\n")

        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).json")
        try "[\n  {\"ParameterKey\": \"VpcId\"}\n]\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let missingValue = try await CLI.run(
            ["deploy", "--stack", "x", "--template", template, "--parameters-file", file.path],
            environment: emulator.cliEnvironment)
        #expect(missingValue.status == 2)
        #expect(
            missingValue.stderr
                == "\(file.path):2:3: error: each entry needs a string ParameterKey and a ParameterValue "
                + "(a list parameter as one comma-separated string)\n"
                + "    {\"ParameterKey\": \"VpcId\"}\n    ^\n")
    }
}
