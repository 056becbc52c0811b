import Foundation
import StackCheckTestSupport
import Testing

/// `deploy --no-execute` of a new stack reviews every property the stack will be created with, resolved with the
/// parameters given, in text and Markdown, as an update's review shows what changes.
@Suite struct DeployCreateReviewTests {
    @Test func aNewStacksReviewShowsEveryResolvedProperty() async throws {
        let emulator = try await Emulator.shared()
        let network = try await emulator.createNetwork()
        let name = EmulatorStack.uniqueName("deploy-create-review")
        let image = "registry.example/data-ingestion:v7"
        let review =
            [
                "deploy", "--stack", name, "--template", EmulatorStack.goldenTemplate.path, "--capabilities",
                "CAPABILITY_NAMED_IAM", "--no-execute",
            ] + EmulatorStack.goldenParameters(suffix: "cr1", network: network).map {
                $0.hasPrefix("DataIngestionImageUri=") ? "DataIngestionImageUri=\(image)" : $0
            }
        let text = try await CLI.run(review, environment: emulator.cliEnvironment)
        #expect(text.status == 0, "\(text.stdout)\(text.stderr)")
        let out = text.stdout
        #expect(out.contains("Properties to be set (resolved with the parameters given):\n"), "\(out)")
        // Each resource's properties, one row each, with parameters and references to parameters resolved.
        #expect(out.contains("Resources › DataIngestionTaskDefinition (AWS::ECS::TaskDefinition)\n"))
        #expect(out.contains("  + Properties/Family: \"data-ingestion-cr1\" ("), "\(out)")
        #expect(out.contains("  + Properties/ContainerDefinitions: [{\"Name\":\"data-ingestion\",\"Image\":\"\(image)\""))
        #expect(out.contains("  + Properties/VpcId: \"\(network.vpcId)\" ("))
        #expect(out.contains("  + Properties/RetentionInDays: 30 ("))
        // What only the new stack can tell stays as written rather than guessed.
        #expect(out.contains("  + Properties/TaskRoleArn: {\"Fn::GetAtt\":[\"TaskRole\",\"Arn\"]} ("))
        #expect(!out.contains("{\"Ref\":\"EnvironmentSuffix\"}"))
        #expect(out.contains("Not executed (--no-execute)."))

        let markdown = try await CLI.run(review + ["--format", "markdown"], environment: emulator.cliEnvironment)
        #expect(markdown.status == 0, "\(markdown.stdout)\(markdown.stderr)")
        let md = markdown.stdout
        #expect(md.contains("#### Resources › DataIngestionTaskDefinition (AWS::ECS::TaskDefinition)"), "\(md)")
        #expect(md.contains("| + | `Properties/Family` |  | `\"data-ingestion-cr1\"` <sub>"), "\(md)")
        #expect(md.contains("| + | `Properties/RetentionInDays` |  | `30` <sub>"))
    }
}
