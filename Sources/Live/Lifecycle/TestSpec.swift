import AWS
import Findings
import FoundationEssentials
import Report
import Template
import TextBasics

/// What `stackcheck test --spec F` runs: a YAML or JSON file.
///
///     template: Golden/template.json          # relative to the spec file
///     stackNamePrefix: sc-test
///     regions: [us-east-2, us-west-2]
///     capabilities: [CAPABILITY_NAMED_IAM]
///     parameters: {EnvironmentSuffix: "t${stackcheck:random}", S3BucketName: "data-${stackcheck:region}"}
///     regionParameters:
///       us-east-2: {VpcId: vpc-..., PrivateSubnetIds: "subnet-a,subnet-b"}
///     smokeTimeout: 10m                       # also deployTimeout, deleteTimeout, driftTimeout
///
/// `${stackcheck:random}` is the stack's own lowercase token (the one in its name) and
/// `${stackcheck:region}` its region, so names that are global (IAM roles, buckets) never collide.
public struct TestSpec: Sendable {
    public var path: String
    /// The template's path, resolved against the spec file's folder.
    public var template: String
    public var stackNamePrefix: String
    public var regions: [String]
    public var capabilities: [String]
    public var parameters: [(key: String, value: String, mark: SourceMark?)]
    public var regionParameters: [String: [(key: String, value: String, mark: SourceMark?)]]
    public var smokeTimeout: Duration
    public var deployTimeout: Duration
    public var driftTimeout: Duration
    public var deleteTimeout: Duration

    static let keys = [
        "template", "stackNamePrefix", "regions", "capabilities", "parameters", "regionParameters", "smokeTimeout",
        "deployTimeout", "driftTimeout", "deleteTimeout",
    ]
    static let capabilityNames = ["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM", "CAPABILITY_AUTO_EXPAND"]

    /// The stack's parameters in `region`, placeholders expanded; region parameters win.
    public func parameters(region: String, token: String) throws(TestSpecError) -> [CloudFormation.Parameter] {
        let own = regionParameters[region] ?? []
        let overridden = Set(own.map(\.key))
        return try (parameters.filter { !overridden.contains($0.key) } + own).map { entry throws(TestSpecError) in
            CloudFormation.Parameter(
                key: entry.key, value: try Self.expand(entry.value, region: region, token: token, mark: entry.mark))
        }
    }

    /// `prefix-token`, a valid stack name (letters, digits, hyphens; at most 128).
    public func stackName(token: String) -> String { "\(stackNamePrefix)-\(token)" }

    /// Eight lowercase letters and digits, starting with a letter.
    public static func randomToken<R: RandomNumberGenerator>(using generator: inout R) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let alphanumerics = letters + Array("0123456789")
        return String(letters.randomElement(using: &generator)!)
            + String((0..<7).map { _ in alphanumerics.randomElement(using: &generator)! })
    }

    static func expand(_ value: String, region: String, token: String, mark: SourceMark?) throws(TestSpecError)
        -> String
    {
        var out = ""
        var rest = Substring(value)
        while let start = rest.textRange(of: "${stackcheck:") {
            out += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstIndex(of: "}") else {
                throw TestSpecError(mark, "'${stackcheck:' is not closed with '}' in \"\(value)\"")
            }
            switch rest[start.upperBound..<end] {
            case "random": out += token
            case "region": out += region
            case let other:
                throw TestSpecError(
                    mark, "unknown placeholder ${stackcheck:\(other)}; use ${stackcheck:random} or ${stackcheck:region}"
                )
            }
            rest = rest[rest.index(after: end)...]
        }
        return out + rest
    }
}

/// A spec that cannot be used: one line, `file:line:column: error: ...`, exit 2.
public struct TestSpecError: Error, CustomStringConvertible, Sendable, DiagnosticConvertible {
    public var diagnostic: Diagnostic

    public init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }

    init(_ mark: SourceMark?, _ message: String, file: String? = nil) {
        diagnostic = Diagnostic(at: mark, file: file ?? "spec", message: message)
    }

    public var description: String { DiagnosticText.line(diagnostic) }
}
