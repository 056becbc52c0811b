import Template

/// The stack as CloudFormation describes it: identity, parameters, resources, deployed template.
public struct StackSnapshot: Sendable {
    public struct Resource: Sendable, Equatable {
        public var logicalId: String
        public var physicalId: String?
        public var type: String
        public var status: String
        public var statusReason: String?

        public init(logicalId: String, physicalId: String?, type: String, status: String, statusReason: String? = nil) {
            self.logicalId = logicalId
            self.physicalId = physicalId
            self.type = type
            self.status = status
            self.statusReason = statusReason
        }
    }

    public var name: String
    public var stackId: String
    public var status: String
    public var region: String
    /// Parameter values as CloudFormation reports them (lists comma-joined, NoEcho as `****`).
    public var parameters: [String: String]
    public var outputs: [String: String]
    public var resources: [Resource]
    /// GetTemplate's body, parsed; nil when it was not fetched.
    public var deployedTemplate: Node?

    public init(
        name: String, stackId: String, status: String, region: String, parameters: [String: String],
        outputs: [String: String] = [:], resources: [Resource], deployedTemplate: Node? = nil
    ) {
        self.name = name
        self.stackId = stackId
        self.status = status
        self.region = region
        self.parameters = parameters
        self.outputs = outputs
        self.resources = resources
        self.deployedTemplate = deployedTemplate
    }

    public var physicalIds: [String: String] {
        var ids: [String: String] = [:]
        for resource in resources { if let id = resource.physicalId, !id.isEmpty { ids[resource.logicalId] = id } }
        return ids
    }

    public var pseudo: PseudoParameters { PseudoParameters(region: region, stackName: name, stackId: stackId) }
}
