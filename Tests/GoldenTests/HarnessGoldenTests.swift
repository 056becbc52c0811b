import BatchStack
import Foundation
import StackCheckTestSupport
import Template
import TemplateDiff
import Testing

/// The harness's own stack (Sources/BatchStack/Harness): Golden/harness.json and .yaml are what the
/// typed Swift generates with `stackcheck iam-policy --command drift`'s policy as the task role's.
@Suite struct HarnessGoldenTests {
    static let json = Goldens.directory.appendingPathComponent("harness.json").path
    static let yaml = Goldens.directory.appendingPathComponent("harness.yaml").path

    /// The policy as a user gets it from the CLI, read back as a document.
    static func cliPolicy() async throws -> Node {
        let result = try await CLI.run(
            ["iam-policy", "--command", "drift", "--template", Goldens.json, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try TemplateReader.read(Array(result.stdout.utf8), file: "iam-policy.json", format: .json)
    }

    @Test func goldensAreTheTypedStackWithTheGeneratedPolicy() async throws {
        let policy = try await Self.cliPolicy()
        let value = HarnessStack.template(taskPolicy: policy)
        assertGolden(value, at: Self.json)
        assertGolden(value, at: Self.yaml)
        let json = try TemplateReader.read(path: Self.json)
        let yaml = try TemplateReader.read(path: Self.yaml)
        #expect(TemplateDiffer.diff(json, yaml, profile: .strict) == [])

        // The role holds that policy itself: no wildcard action, every action from the registry.
        let role = try #require(json["Resources"]?["HarnessTaskRole"]?["Properties"])
        let document = try #require(role["Policies"]?.listValue?.first?["PolicyDocument"])
        #expect(document == policy)
        let actions = (document["Statement"]?.listValue ?? []).flatMap { $0["Action"]?.listValue ?? [] }
            .compactMap(\.stringValue)
        #expect(actions.contains("cloudformation:DescribeStacks"))
        #expect(actions.contains("ecs:DescribeServices"))
        #expect(!actions.contains { $0.contains("*") })
    }

    @Test func theStackHasWhatTheScheduleNeeds() throws {
        let template = try TemplateReader.read(path: Self.json)
        let resources = try #require(template["Resources"]?.mappingValue)
        let types = Dictionary(resources.entries.map { ($0.key, $0.value["Type"]?.stringValue ?? "") }) { a, _ in a }
        for type in [
            "AWS::ECS::Cluster", "AWS::ECS::TaskDefinition", "AWS::Scheduler::Schedule", "AWS::Logs::LogGroup",
            "AWS::SNS::Topic", "AWS::IAM::Role",
        ] {
            #expect(types.values.contains(type), "\(type)")
        }
        let task = try #require(template["Resources"]?["HarnessTaskDefinition"]?["Properties"])
        #expect(task["RequiresCompatibilities"]?.listValue?.first?.stringValue == "FARGATE")
        #expect(task["TaskRoleArn"]?["Fn::GetAtt"]?.listValue?.first?.stringValue == "HarnessTaskRole")
        let command = (task["ContainerDefinitions"]?.listValue?.first?["Command"]?.listValue ?? []).compactMap(
            \.stringValue)
        #expect(Array(command.prefix(3)) == ["drift", "--stacks-file", HarnessStack.stacksFile])
        let target = try #require(template["Resources"]?["HarnessSchedule"]?["Properties"]?["Target"])
        #expect(target["Arn"]?["Fn::GetAtt"]?.listValue?.map(\.stringValue) == ["HarnessCluster", "Arn"])
        #expect(target["EcsParameters"]?["TaskDefinitionArn"]?["Ref"]?.stringValue == "HarnessTaskDefinition")
        #expect(target["RoleArn"]?["Fn::GetAtt"]?.listValue?.first?.stringValue == "HarnessSchedulerRole")
    }

    @Test func generatePrintsTheHarnessGoldens() async throws {
        for (format, path) in [("json", Self.json), ("yaml", Self.yaml)] {
            let result = try await CLI.run(["generate", "--stack", "harness", "--format", format])
            #expect(result.status == 0, "\(result.stderr)")
            let golden = try #require(FileManager.default.contents(atPath: path))
            let same = result.stdout == String(decoding: golden, as: UTF8.self)
            #expect(same, "stackcheck generate --stack harness --format \(format) differs from \(path)")
        }
    }
}
