import AWS
import Template

/// Why a drift run could not decide at all (exit 2): the stack is missing, access was denied, the
/// deployed template is unreadable.
public struct DriftError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Reads the stack from CloudFormation: DescribeStacks, its resources, GetTemplate.
public struct StackLoader: Sendable {
    public var client: AWSClient

    public init(client: AWSClient) { self.client = client }

    /// ListStackResources pages, so one call reads any stack whole (DescribeStackResources stops at
    /// 100), and a policy needs one action for it.
    public static let operations = [
        CloudFormation.Operation.describeStacks, CloudFormation.Operation.listStackResources,
        CloudFormation.Operation.getTemplate,
    ]

    /// Every resource of the stack, all pages: drift and smoke both read resources so.
    public func resources(stackName: String) async throws -> [CloudFormation.StackResource] {
        try await client.cloudFormation.listStackResources(stackName: stackName)
    }

    public func load(stackName: String, withTemplate: Bool = true) async throws -> StackSnapshot {
        let cloudFormation = client.cloudFormation
        // The three reads need only the name, so they go out together; the stack's answer decides first.
        async let described = cloudFormation.describeStack(stackName)
        async let listed = cloudFormation.listStackResources(stackName: stackName)
        async let body = withTemplate ? cloudFormation.getTemplate(stackName: stackName) : nil
        let stack: CloudFormation.Stack
        do {
            stack = try await described
        } catch let error as AWSError where error.isStackMissing {
            _ = try? await (listed, body)
            // The AWS error's own line carries the HTTP status and request id.
            throw DriftError("error: stack \(stackName) does not exist in \(client.region): \(error)")
        }
        let resources = try await listed
        var deployed: Node?
        if let text = try await body {
            do {
                deployed = try TemplateReader.read(Array(text.utf8), file: "GetTemplate(\(stackName))")
            } catch {
                throw DriftError("error: the deployed template of \(stackName) cannot be read: \(error)")
            }
        }
        var parameters: [String: String] = [:]
        for parameter in stack.parameters { parameters[parameter.key] = parameter.resolvedValue ?? parameter.value }
        var outputs: [String: String] = [:]
        for output in stack.outputs { outputs[output.key] = output.value }
        return StackSnapshot(
            name: stack.stackName, stackId: stack.stackId, status: stack.status, region: client.region,
            parameters: parameters, outputs: outputs,
            resources: resources.map {
                StackSnapshot.Resource(
                    logicalId: $0.logicalId, physicalId: $0.physicalId, type: $0.resourceType, status: $0.status,
                    statusReason: $0.statusReason)
            },
            deployedTemplate: deployed)
    }
}
