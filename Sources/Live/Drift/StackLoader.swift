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

    /// DescribeStackResources answers at most 100 resources; a stack that may hold more is read
    /// again through ListStackResources, which pages.
    public static let describeLimit = 100

    public func load(stackName: String, withTemplate: Bool = true) async throws -> StackSnapshot {
        let stack: CloudFormation.Stack
        do {
            stack = try await client.cloudFormation.describeStack(stackName)
        } catch let error as AWSError where error.isStackMissing {
            throw DriftError("error: stack \(stackName) does not exist in \(client.region) (cloudformation:DescribeStacks: \(error.code): \(error.message))")
        }
        var resources = try await client.cloudFormation.describeStackResources(stackName: stack.stackId)
        if resources.count >= Self.describeLimit {
            resources = try await client.cloudFormation.listStackResources(stackName: stack.stackId)
        }
        var deployed: Node?
        if withTemplate {
            let body = try await client.cloudFormation.getTemplate(stackName: stack.stackId)
            do {
                deployed = try TemplateReader.read(Array(body.utf8), file: "GetTemplate(\(stackName))")
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
