import AWS
import Foundation
import StackCheckTestSupport

/// The golden template deployed once per test process into the shared emulator, through our own
/// change-set calls (`StackFixtures.deploy`, so deploying is itself under test). Tests read what they expect from the
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
        let network = try await emulator.createNetwork()
        let stackName = "stackcheck-aws-\(UInt32.random(in: 0..<UInt32.max) % 100_000)"
        let deployed = try await StackFixtures.deployGolden(on: emulator, name: stackName, network: network)
        return GoldenDeployment(
            emulator: emulator, client: deployed.client, stackName: stackName, stack: deployed.stack,
            changeSet: deployed.changeSet, network: network,
            templateText: try String(contentsOfFile: StackFixtures.goldenPath, encoding: .utf8))
    }
}

/// A client for the emulator with its fake keys and region, or with `credentials`.
func emulatorClient(_ emulator: Emulator, credentials: Credentials? = nil) -> AWSClient {
    StackFixtures.client(for: emulator, credentials: credentials)
}

/// Asks until `check` returns a value; fails after `attempts` tries a quarter second apart.
func poll<T: Sendable>(attempts: Int = 120, _ check: () async throws -> T?) async throws -> T {
    for _ in 0..<attempts {
        if let value = try await check() { return value }
        try await Task.sleep(for: .milliseconds(250))
    }
    throw EmulatorError("gave up waiting after \(attempts) tries")
}
