import Foundation

extension Emulator {
    /// Fault injection (`scripts/emulator/emulator_stack_status.py`): the stack now reports `status` (an empty
    /// string makes DescribeStacks answer an empty StackStatus), so tests reach the states moto's
    /// CloudFormation never produces on its own (in progress, failed, rolled back, deleting).
    public func setStackStatus(_ stack: String, to status: String, reason: String? = nil) async throws {
        var query = "stack=\(Self.encode(stack))&status=\(Self.encode(status))&region=\(region)"
        if let reason { query += "&reason=\(Self.encode(reason))" }
        _ = try await control("/stackcheck/stack-status?" + query)
    }

    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-_.")))
            ?? text
    }
}

/// A one-resource stack (a log group, and a `LoadBalancerDNS` output so smoke's `alb-dns` passes) for
/// tests about the stack itself rather than its contents: deploys in a second and drifts in sync.
public enum TinyStack {
    public static let template = """
        {"AWSTemplateFormatVersion": "2010-09-09",
         "Resources": {"Logs": {"Type": "AWS::Logs::LogGroup",
                                "Properties": {"LogGroupName": {"Fn::Sub": "/tiny/${AWS::StackName}"}, "RetentionInDays": 7}}},
         "Outputs": {"LoadBalancerDNS": {"Value": "tiny.example.invalid"}}}
        """

    /// The template written to a temporary file, for `--template`.
    public static func templateFile() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tiny-\(UUID().uuidString).json")
        try template.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Deploys it with `stackcheck deploy` under a unique name; returns the name and the template path.
    public static func deploy(in emulator: Emulator, prefix: String) async throws -> (name: String, template: String) {
        let name = EmulatorStack.uniqueName(prefix)
        let path = try templateFile()
        let result = try await CLI.run(
            ["deploy", "--stack", name, "--template", path], environment: emulator.cliEnvironment)
        guard result.status == 0 else {
            throw EmulatorError("deploying \(name) failed (exit \(result.status)):\n\(result.stdout)\n\(result.stderr)")
        }
        return (name, path)
    }
}
