import Foundation

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

        init(_ xml: XMLTree) {
            id = xml.string("ChangeSetId") ?? ""
            name = xml.string("ChangeSetName") ?? ""
            stackId = xml.string("StackId") ?? ""
            status = xml.string("Status") ?? ""
            statusReason = xml.string("StatusReason")
            executionStatus = xml.string("ExecutionStatus")
            changes = xml["Changes"]?.members.compactMap { $0["ResourceChange"].map(Change.init) } ?? []
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

    /// Creates a change set; returns its id and the stack's id.
    public func createChangeSet(
        stackName: String, changeSetName: String, templateBody: String, parameters: [Parameter] = [],
        capabilities: [String] = [], type: ChangeSetType = .update, description: String? = nil
    ) async throws -> (id: String, stackId: String) {
        var query = QueryParameters()
        query.set("StackName", stackName)
        query.set("ChangeSetName", changeSetName)
        query.set("TemplateBody", templateBody)
        query.set("ChangeSetType", type.rawValue)
        query.set("Description", description)
        query.structures("Parameters", parameters) { query, prefix, parameter in
            query.set("\(prefix).ParameterKey", parameter.key)
            query.set("\(prefix).ParameterValue", parameter.value)
        }
        query.list("Capabilities", capabilities)
        let result = try await call("CreateChangeSet", query)
        return (result.string("Id") ?? "", result.string("StackId") ?? "")
    }

    /// The change set with every change (all pages).
    public func describeChangeSet(stackName: String, changeSetName: String) async throws -> ChangeSet {
        var changeSet: ChangeSet?
        var token: String?
        repeat {
            var query = QueryParameters()
            query.set("StackName", stackName)
            query.set("ChangeSetName", changeSetName)
            query.set("NextToken", token)
            let result = try await call("DescribeChangeSet", query)
            let page = ChangeSet(result)
            if changeSet == nil { changeSet = page } else { changeSet?.changes += page.changes }
            token = result.string("NextToken").flatMap { $0.isEmpty ? nil : $0 }
        } while token != nil
        return changeSet!
    }

    public func executeChangeSet(stackName: String, changeSetName: String) async throws {
        var query = QueryParameters()
        query.set("StackName", stackName)
        query.set("ChangeSetName", changeSetName)
        _ = try await call("ExecuteChangeSet", query)
    }

    public func deleteChangeSet(stackName: String, changeSetName: String) async throws {
        var query = QueryParameters()
        query.set("StackName", stackName)
        query.set("ChangeSetName", changeSetName)
        _ = try await call("DeleteChangeSet", query)
    }
}
