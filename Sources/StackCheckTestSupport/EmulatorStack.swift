import AWS
import Foundation

/// The reference stack (Golden/template.json) deployed into an emulator with `stackcheck deploy`, for
/// tests of what runs after a deploy (smoke, drift).
///
///     let emulator = try await Emulator.shared()
///     let stack = try await EmulatorStack.deployGolden(in: emulator)   // unique name and suffix
///     CLI.run(["smoke", "--stack", stack.name, "--timeout", "0"], environment: emulator.cliEnvironment)
public struct EmulatorStack: Sendable {
    public var name: String
    /// The `EnvironmentSuffix` parameter: names inside the stack end with it (`ecs-cluster-<suffix>`).
    public var suffix: String
    public var network: EmulatorNetwork
    /// What `stackcheck deploy` printed.
    public var deployOutput: CLIResult

    public static var goldenTemplate: URL { TestData.packageRoot.appendingPathComponent("Golden/template.json") }

    /// A stack name no other test in this process (or an earlier run against the same emulator) uses.
    public static func uniqueName(_ prefix: String) -> String {
        "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())"
    }

    /// The golden's parameters (`StackFixtures.goldenParameters`) as `--parameter` flags.
    public static func goldenParameters(suffix: String, network: EmulatorNetwork, vpcId: String? = nil) -> [String] {
        StackFixtures.goldenParameters(network: network, suffix: suffix).flatMap { parameter in
            let value = parameter.key == "VpcId" ? vpcId ?? parameter.value : parameter.value
            return ["--parameter", "\(parameter.key)=\(value)"]
        }
    }

    /// `stackcheck deploy` of the golden as `stack`, with its parameters and the IAM capability it needs.
    public static func deployArguments(
        stack: String, suffix: String, network: EmulatorNetwork, vpcId: String? = nil
    ) -> [String] {
        ["deploy", "--stack", stack, "--template", goldenTemplate.path, "--capabilities", "CAPABILITY_NAMED_IAM"]
            + goldenParameters(suffix: suffix, network: network, vpcId: vpcId)
    }

    /// Deploys the golden as a new stack and fails (with the deploy's output) unless it completes.
    public static func deployGolden(in emulator: Emulator, prefix: String = "golden") async throws -> EmulatorStack {
        let name = uniqueName(prefix)
        return try await deploy(template: goldenTemplate, as: name, network: try await emulator.createNetwork(), in: emulator)
    }

    /// Deploys `template` (the golden's parameters) as stack `name` and fails, with the deploy's output
    /// and the emulator's log, unless it completes.
    @discardableResult
    public static func deploy(template: URL, as name: String, network: EmulatorNetwork, in emulator: Emulator)
        async throws -> EmulatorStack
    {
        let suffix = String(name.suffix(8))
        let arguments =
            ["deploy", "--stack", name, "--template", template.path, "--capabilities", "CAPABILITY_NAMED_IAM"]
            + goldenParameters(suffix: suffix, network: network)
        let result = try await CLI.run(arguments, environment: emulator.cliEnvironment)
        guard result.status == 0 else {
            throw EmulatorError(
                "deploying \(template.lastPathComponent) as \(name) failed (exit \(result.status)):\n\(result.stdout)\n"
                    + "\(result.stderr)\nemulator log:\n"
                    + emulator.log.split(separator: "\n").suffix(30).joined(separator: "\n"))
        }
        return EmulatorStack(name: name, suffix: suffix, network: network, deployOutput: result)
    }

}
