import AWS
import Template

/// Reads a stack from CloudFormation: DescribeStacks, every page of ListStackResources, GetTemplate.
/// The one way smoke, drift, describe and watch read a stack, so they page alike and say alike that a
/// stack does not exist.
public struct StackLoader: Sendable {
    public var client: AWSClient

    public init(client: AWSClient) { self.client = client }

    /// ListStackResources pages, so one call reads any stack whole (DescribeStackResources stops at
    /// 100), and a policy needs one action for it.
    public static let operations = operations(withTemplate: true)

    public static func operations(withTemplate: Bool) -> [AWSOperation] {
        CloudFormation.Operation.list(.describeStacks, .listStackResources)
            + (withTemplate ? CloudFormation.Operation.list(.getTemplate) : [])
    }

    /// The whole stack; throws `StackReadError` when it is missing or its template unreadable, and the
    /// first `AWSError` of any read.
    public func load(stackName: String, withTemplate: Bool = true) async throws -> StackSnapshot {
        let (snapshot, unread) = try await read(stackName: stackName, withTemplate: withTemplate)
        if let unread { throw unread }
        return snapshot
    }

    /// For a reader that can use the stack without its resources (smoke still judges the stack's status
    /// when ListStackResources was throttled): the snapshot, with no resources when they could not be
    /// read, and that error.
    public func loadTolerating(stackName: String) async throws -> (StackSnapshot, resourcesError: AWSError?) {
        let (snapshot, unread) = try await read(stackName: stackName, withTemplate: false)
        guard let unread else { return (snapshot, nil) }
        guard let aws = unread as? AWSError else { throw unread }
        return (snapshot, aws)
    }

    private func read(stackName: String, withTemplate: Bool) async throws -> (StackSnapshot, (any Error)?) {
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
            throw StackReadError.missing(stack: stackName, region: client.region, error: error)
        } catch {
            _ = try? await (listed, body)
            throw error
        }
        var snapshot = Self.snapshot(stack, region: client.region)
        do {
            snapshot.resources = try await listed.map(Self.resource)
        } catch {
            _ = try? await body
            return (snapshot, error)
        }
        if let text = try await body {
            do {
                snapshot.deployedTemplate = try TemplateReader.read(Array(text.utf8), file: "GetTemplate(\(stackName))")
            } catch {
                throw StackReadError.unreadableTemplate(stack: stackName, error: error)
            }
        }
        return (snapshot, nil)
    }

    static func snapshot(_ stack: CloudFormation.Stack, region: String) -> StackSnapshot {
        var parameters: [String: String] = [:]
        for parameter in stack.parameters { parameters[parameter.key] = parameter.resolvedValue ?? parameter.value }
        var outputs: [String: String] = [:]
        for output in stack.outputs { outputs[output.key] = output.value }
        var snapshot = StackSnapshot(name: stack.stackName, stackId: stack.stackId, status: stack.status, region: region)
        snapshot.parameters = parameters
        snapshot.outputs = outputs
        snapshot.statusReason = stack.statusReason
        snapshot.described = stack
        return snapshot
    }

    static func resource(_ resource: CloudFormation.StackResource) -> StackSnapshot.Resource {
        StackSnapshot.Resource(
            logicalId: resource.logicalId, physicalId: resource.physicalId, type: resource.resourceType,
            status: resource.status, statusReason: resource.statusReason)
    }
}
