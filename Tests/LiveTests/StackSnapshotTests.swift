import AWS
import Foundation
import Live
import StackCheckTestSupport
import Testing

/// One way to read a stack: a stack past 100 resources (ListStackResources' page) is read whole by the
/// loader and so by every command on it, and a missing stack is one message naming stack and region.
@Suite("Stack snapshot against the emulator")
struct StackSnapshotTests {
    static let count = 130

    /// A stack of `count` log groups: more than one ListStackResources page, quick to create.
    static func deployLarge(_ emulator: Emulator) async throws -> String {
        var resources: [String: Any] = [:]
        for index in 0..<count { resources["Logs\(index)"] = ["Type": "AWS::Logs::LogGroup"] }
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("large-\(UUID().uuidString).json")
        try JSONSerialization.data(withJSONObject: ["Resources": resources]).write(to: template)
        defer { try? FileManager.default.removeItem(at: template) }
        let name = EmulatorStack.uniqueName("large")
        let deploy = try await CLI.run(
            ["deploy", "--stack", name, "--template", template.path], environment: emulator.cliEnvironment)
        try #require(deploy.status == 0, "\(deploy.stdout)\(deploy.stderr)")
        return name
    }

    @Test func aStackPastOnePageIsReadWholeByTheLoaderAndDescribe() async throws {
        let emulator = try await Emulator.shared()
        let name = try await Self.deployLarge(emulator)
        let client = emulator.client(region: emulator.region)
        // The emulator pages as CloudFormation does, so one call alone would see only the first 100.
        let snapshot = try await StackLoader(client: client).load(stackName: name, withTemplate: false)
        #expect(snapshot.resources.count == Self.count)
        #expect(Set(snapshot.resources.map(\.logicalId)).count == Self.count)
        #expect(snapshot.resources.allSatisfy { $0.status == "CREATE_COMPLETE" })
        let describe = try await CLI.run(
            ["describe", "--stack", name, "--format", "json"], environment: emulator.cliEnvironment)
        #expect(describe.status == 0, "\(describe.stderr)")
        let envelope = try #require(
            try JSONSerialization.jsonObject(with: Data(describe.stdout.utf8)) as? [String: Any])
        let entry = try #require((envelope["stacks"] as? [[String: Any]])?.first)
        #expect((entry["resources"] as? [[String: Any]])?.count == Self.count)
    }

    @Test func aMissingStackIsOneMessageNamingStackAndRegion() async throws {
        let emulator = try await Emulator.shared()
        let client = emulator.client(region: emulator.region)
        do {
            _ = try await StackLoader(client: client).load(stackName: "no-such-stack")
            Issue.record("a missing stack loaded")
        } catch let error as StackReadError {
            #expect(
                error.description.hasPrefix(
                    "error: stack no-such-stack does not exist in \(emulator.region) "
                        + "(cloudformation:DescribeStacks ValidationError, request id "))
        }
    }
}
