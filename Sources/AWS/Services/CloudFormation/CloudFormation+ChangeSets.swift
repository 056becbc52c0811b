import FoundationEssentials

extension CloudFormation {
    public enum ChangeSetType: String, Sendable {
        case create = "CREATE"
        case update = "UPDATE"
    }

    public struct ChangeSet: Sendable, Equatable {
        public var id: String
        public var name: String
        public var stackId: String
        /// `CREATE_PENDING`, `CREATE_IN_PROGRESS`, `CREATE_COMPLETE`, `FAILED`, ...
        public var status: String
        public var statusReason: String?
        /// `AVAILABLE`, `EXECUTE_IN_PROGRESS`, `EXECUTE_COMPLETE`, `UNAVAILABLE`, ...
        public var executionStatus: String?
        public var changes: [Change]
        /// More changes on another page.
        var nextToken: String?

        init(_ xml: XMLTree) {
            id = xml.string("ChangeSetId") ?? ""
            name = xml.string("ChangeSetName") ?? ""
            stackId = xml.string("StackId") ?? ""
            status = xml.string("Status") ?? ""
            statusReason = xml.string("StatusReason")
            executionStatus = xml.string("ExecutionStatus")
            changes = xml["Changes"]?.members.compactMap { $0["ResourceChange"].map(Change.init) } ?? []
            nextToken = xml.string("NextToken").flatMap { $0.isEmpty ? nil : $0 }
        }
    }

    public struct Change: Sendable, Equatable {
        /// `Add`, `Modify`, `Remove`, `Import`, `Dynamic`.
        public var action: String
        public var logicalId: String
        public var physicalId: String?
        public var resourceType: String
        public var replacement: String?

        init(_ xml: XMLTree) {
            action = xml.string("Action") ?? ""
            logicalId = xml.string("LogicalResourceId") ?? ""
            physicalId = xml.string("PhysicalResourceId")
            resourceType = xml.string("ResourceType") ?? ""
            replacement = xml.string("Replacement")
        }
    }

    /// Where a change set's template comes from: its text (at most 51,200 bytes) or an S3 URL.
    public enum TemplateSource: Sendable, Equatable {
        case body(String)
        case url(String)
    }

    /// Creates a change set; returns its id and the stack's id.
    public func createChangeSet(
        stackName: String, changeSetName: String, templateBody: String, parameters: [Parameter] = [],
        capabilities: [String] = [], type: ChangeSetType = .update, description: String? = nil
    ) async throws -> (id: String, stackId: String) {
        try await createChangeSet(
            stackName: stackName, changeSetName: changeSetName, template: .body(templateBody), parameters: parameters,
            capabilities: capabilities, type: type, description: description)
    }

    /// Creates a change set with everything `deploy` can give: tags (applied to the stack and every resource
    /// that takes them), the service role CloudFormation acts as, and parameters kept at their previous value.
    public func createChangeSet(
        stackName: String, changeSetName: String, template: TemplateSource, parameters: [Parameter] = [],
        capabilities: [String] = [], type: ChangeSetType = .update, description: String? = nil,
        tags: [(key: String, value: String)] = [], roleArn: String? = nil
    ) async throws -> (id: String, stackId: String) {
        var query = QueryParameters()
        // A retry of this request (its first answer lost) must not make a second change set: CloudFormation
        // answers a repeated ClientToken with the change set the first request made.
        query.set("ClientToken", changeSetName)
        query.set("StackName", stackName)
        query.set("ChangeSetName", changeSetName)
        switch template {
        case .body(let body): query.set("TemplateBody", body)
        case .url(let url): query.set("TemplateURL", url)
        }
        query.set("ChangeSetType", type.rawValue)
        query.set("Description", description)
        query.structures("Parameters", parameters) { query, prefix, parameter in
            query.set("\(prefix).ParameterKey", parameter.key)
            if parameter.usePreviousValue {
                query.set("\(prefix).UsePreviousValue", true)
            } else {
                query.set("\(prefix).ParameterValue", parameter.value)
            }
        }
        query.list("Capabilities", capabilities)
        query.structures("Tags", tags) { query, prefix, tag in
            query.set("\(prefix).Key", tag.key)
            query.set("\(prefix).Value", tag.value)
        }
        query.set("RoleARN", roleArn)
        let result = try await client.query(Operation.createChangeSet, query)
        return (result.string("Id") ?? "", result.string("StackId") ?? "")
    }

    /// The change set with every change (all pages).
    public func describeChangeSet(stackName: String, changeSetName: String) async throws -> ChangeSet {
        var query = Self.changeSet(stackName, changeSetName)
        var changeSet = ChangeSet(try await client.query(Operation.describeChangeSet, query))
        var token = changeSet.nextToken
        while let next = token {
            query = Self.changeSet(stackName, changeSetName)
            query.set("NextToken", next)
            let page = ChangeSet(try await client.query(Operation.describeChangeSet, query))
            changeSet.changes += page.changes
            token = page.nextToken
        }
        return changeSet
    }

    /// - Parameter disableRollback: leave what failed in place instead of rolling back (to debug it).
    public func executeChangeSet(stackName: String, changeSetName: String, disableRollback: Bool = false)
        async throws
    {
        var query = Self.changeSet(stackName, changeSetName)
        if disableRollback { query.set("DisableRollback", true) }
        _ = try await client.query(Operation.executeChangeSet, query)
    }

    public func updateTerminationProtection(stackName: String, enabled: Bool) async throws {
        var query = Self.stack(stackName)
        query.set("EnableTerminationProtection", enabled)
        _ = try await client.query(Operation.updateTerminationProtection, query)
    }

    public func deleteChangeSet(stackName: String, changeSetName: String) async throws {
        _ = try await client.query(Operation.deleteChangeSet, Self.changeSet(stackName, changeSetName))
    }

    static func changeSet(_ stackName: String, _ changeSetName: String) -> QueryParameters {
        var query = stack(stackName)
        query.set("ChangeSetName", changeSetName)
        return query
    }
}
