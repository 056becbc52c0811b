import FoundationEssentials
import TextBasics

/// CloudFormation's operations (query protocol), typed. `client.cloudFormation.describeStack("S")`.
public struct CloudFormation: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) { self.client = client }

    /// The parameters of a call about one stack.
    static func stack(_ stackName: String?) -> QueryParameters {
        var parameters = QueryParameters()
        parameters.set("StackName", stackName)
        return parameters
    }

    /// Every stack matching `stackName` (a name or id), or every stack when nil; follows NextToken.
    public func describeStacks(stackName: String? = nil) async throws -> [Stack] {
        try await client.queryPages(Operation.describeStacks, Self.stack(stackName)) {
            $0.list("Stacks", Stack.init)
        }
    }

    /// One stack. A missing stack is CloudFormation's `ValidationError` ("Stack with id S does not exist");
    /// see `AWSError.isStackMissing`.
    public func describeStack(_ stackName: String) async throws -> Stack {
        guard let stack = try await describeStacks(stackName: stackName).first else {
            throw AWSError(
                kind: .invalidResponse, service: "cloudformation", operation: "DescribeStacks", code: .noStack,
                message: "DescribeStacks answered without a stack for \(stackName)")
        }
        return stack
    }

    /// Every resource of the stack, all pages.
    public func listStackResources(stackName: String) async throws -> [StackResource] {
        try await client.queryPages(Operation.listStackResources, Self.stack(stackName)) {
            $0.list("StackResourceSummaries", StackResource.init)
        }
    }

    /// The template body as deployed (`Original`: as submitted, before transforms; `Processed`: after).
    public func getTemplate(stackName: String, stage: String = "Original") async throws -> String {
        var parameters = Self.stack(stackName)
        parameters.set("TemplateStage", stage)
        return try await client.query(Operation.getTemplate, parameters).string("TemplateBody") ?? ""
    }

    /// One page of the stack's events, newest first.
    public func describeStackEvents(stackName: String, nextToken: String? = nil) async throws -> Page<StackEvent> {
        var parameters = Self.stack(stackName)
        parameters.set("NextToken", nextToken)
        let result = try await client.query(Operation.describeStackEvents, parameters)
        return Page(items: result.list("StackEvents", StackEvent.init), nextToken: result.string("NextToken"))
    }

    public func deleteStack(stackName: String) async throws {
        _ = try await client.query(Operation.deleteStack, Self.stack(stackName))
    }
}

extension AWSClient {
    public var cloudFormation: CloudFormation { CloudFormation(client: self) }
}

extension AWSError {
    /// CloudFormation's way of saying a stack does not exist: a ValidationError "... does not exist".
    public var isStackMissing: Bool {
        kind == .service && code == .validationError && message.containsText("does not exist")
    }
}
