import Foundation

/// CloudFormation's operations (query protocol), typed. `client.cloudFormation.describeStack("S")`.
public struct CloudFormation: Sendable {
    public let client: AWSClient
    static let api = ServiceAPI.cloudFormation

    public init(client: AWSClient) { self.client = client }

    func call(_ action: String, _ parameters: QueryParameters = QueryParameters()) async throws -> XMLTree {
        try await client.query(Self.api, action, parameters)
    }

    /// Every stack matching `stackName` (a name or id), or every stack when nil; follows NextToken.
    public func describeStacks(stackName: String? = nil) async throws -> [Stack] {
        try await collectPages { token in
            var parameters = QueryParameters()
            parameters.set("StackName", stackName)
            parameters.set("NextToken", token)
            let result = try await call("DescribeStacks", parameters)
            return Page(
                items: result.at("Stacks")?.members.map(Stack.init) ?? [], nextToken: result.string("NextToken"))
        }
    }

    /// One stack. A missing stack is CloudFormation's `ValidationError` ("Stack with id S does not exist");
    /// see `AWSError.isStackMissing`.
    public func describeStack(_ stackName: String) async throws -> Stack {
        guard let stack = try await describeStacks(stackName: stackName).first else {
            throw AWSError(
                kind: .invalidResponse, service: "cloudformation", operation: "DescribeStacks", code: "NoStack",
                message: "DescribeStacks answered without a stack for \(stackName)")
        }
        return stack
    }

    /// Every resource of the stack (at most 100 in one answer; use `listStackResources` beyond).
    public func describeStackResources(stackName: String) async throws -> [StackResource] {
        var parameters = QueryParameters()
        parameters.set("StackName", stackName)
        let result = try await call("DescribeStackResources", parameters)
        return result.at("StackResources")?.members.map(StackResource.init) ?? []
    }

    /// Every resource of the stack, all pages.
    public func listStackResources(stackName: String) async throws -> [StackResource] {
        try await collectPages { token in
            var parameters = QueryParameters()
            parameters.set("StackName", stackName)
            parameters.set("NextToken", token)
            let result = try await call("ListStackResources", parameters)
            return Page(
                items: result.at("StackResourceSummaries")?.members.map(StackResource.init) ?? [],
                nextToken: result.string("NextToken"))
        }
    }

    /// The template body as deployed (`Original`: as submitted, before transforms; `Processed`: after).
    public func getTemplate(stackName: String, stage: String = "Original") async throws -> String {
        var parameters = QueryParameters()
        parameters.set("StackName", stackName)
        parameters.set("TemplateStage", stage)
        return try await call("GetTemplate", parameters).string("TemplateBody") ?? ""
    }

    /// One page of the stack's events, newest first.
    public func describeStackEvents(stackName: String, nextToken: String? = nil) async throws -> Page<StackEvent> {
        var parameters = QueryParameters()
        parameters.set("StackName", stackName)
        parameters.set("NextToken", nextToken)
        let result = try await call("DescribeStackEvents", parameters)
        return Page(
            items: result.at("StackEvents")?.members.map(StackEvent.init) ?? [], nextToken: result.string("NextToken"))
    }

    public func deleteStack(stackName: String) async throws {
        var parameters = QueryParameters()
        parameters.set("StackName", stackName)
        _ = try await call("DeleteStack", parameters)
    }
}

extension AWSClient {
    public var cloudFormation: CloudFormation { CloudFormation(client: self) }
}

extension AWSError {
    /// CloudFormation's way of saying a stack does not exist: a ValidationError "... does not exist".
    public var isStackMissing: Bool {
        kind == .service && code == "ValidationError" && message.contains("does not exist")
    }
}
