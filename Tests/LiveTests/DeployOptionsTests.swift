import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// `deploy`'s stack options and a failed update, through the binary against the emulator.
@Suite struct DeployOptionsTests {
    /// The golden with a managed policy that does not exist: the role's update fails in IAM.
    static func failingTemplate() throws -> URL {
        try TemplateVariant.golden { template in
            let arns = template["Resources", "TaskExecutionRole", "Properties", "ManagedPolicyArns"] as? [Any] ?? []
            template["Resources", "TaskExecutionRole", "Properties", "ManagedPolicyArns"] =
                arns + ["arn:aws:iam::aws:policy/DoesNotExist"]
        }
    }

    @Test func tagsAndTerminationProtectionReachTheStack() async throws {
        let emulator = try await Emulator.suite("operate")
        let network = try await emulator.createNetwork()
        let name = EmulatorStack.uniqueName("deploy-tags")
        let result = try await CLI.run(
            EmulatorStack.deployArguments(stack: name, suffix: String(name.suffix(8)), network: network)
                + [
                    "--tags", "team=batch", "cost-center=cc-42", "--termination-protection", "--role-arn",
                    "arn:aws:iam::123456789012:role/cfn-deployer",
                ],
            environment: emulator.cliEnvironment)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("Termination protection is on for stack \(name).\n"))
        let stack = try await emulator.client.cloudFormation.describeStack(name)
        #expect(stack.tags == ["team": "batch", "cost-center": "cc-42"])
        #expect(stack.terminationProtection)
        #expect(stack.roleArn == "arn:aws:iam::123456789012:role/cfn-deployer")
        await #expect(throws: AWSError.self) { try await emulator.client.cloudFormation.deleteStack(stackName: name) }

        let bad = try await CLI.run(
            ["deploy", "--stack", name, "--template", EmulatorStack.goldenTemplate.path, "--tags", "team"],
            environment: emulator.cliEnvironment)
        #expect(bad.status == 2)
        #expect(bad.stderr == "error: --tags 'team' is not KEY=VALUE\n")
    }

    @Test func aFailedUpdateIsFollowedThroughItsRollbackAndNamesTheResource() async throws {
        let emulator = try await Emulator.suite("operate")
        let stack = try await EmulatorStack.deployGolden(in: emulator, prefix: "deploy-rollback")
        let template = try Self.failingTemplate()
        defer { try? FileManager.default.removeItem(at: template) }
        let arguments = [
            "deploy", "--stack", stack.name, "--template", template.path, "--capabilities", "CAPABILITY_NAMED_IAM",
        ]
        let reason =
            "Resource handler returned message: \"Policy arn:aws:iam::aws:policy/DoesNotExist does not exist or is "
            + "not attachable.\" (HandlerErrorCode: NoSuchEntity)"

        let rolledBack = try await CLI.run(arguments, environment: emulator.cliEnvironment)
        #expect(rolledBack.status == 1, "\(rolledBack.stdout)\(rolledBack.stderr)")
        #expect(
            rolledBack.stdout.contains("  + Properties/ManagedPolicyArns/1: \"arn:aws:iam::aws:policy/DoesNotExist\""))
        #expect(rolledBack.stdout.contains("UPDATE_ROLLBACK_COMPLETE      AWS::CloudFormation::Stack"))
        #expect(
            rolledBack.stdout.hasSuffix(
                "Deploy failed: stack \(stack.name) is UPDATE_ROLLBACK_COMPLETE\nFailed resources:\n"
                    + "  TaskExecutionRole (AWS::IAM::Role) UPDATE_FAILED: \(reason)\n"), "\(rolledBack.stdout)")

        let kept = try await CLI.run(arguments + ["--disable-rollback"], environment: emulator.cliEnvironment)
        #expect(kept.status == 1, "\(kept.stdout)\(kept.stderr)")
        #expect(!kept.stdout.contains("ROLLBACK"))
        #expect(
            kept.stdout.hasSuffix(
                "Deploy failed: stack \(stack.name) is UPDATE_FAILED\nFailed resources:\n"
                    + "  TaskExecutionRole (AWS::IAM::Role) UPDATE_FAILED: \(reason)\n"), "\(kept.stdout)")
    }
}
