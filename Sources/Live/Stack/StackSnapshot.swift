import AWS
import Template

/// The stack as CloudFormation describes it: identity, parameters, resources, deployed template. smoke,
/// drift, describe and watch all read it through `StackLoader`.
public struct StackSnapshot: Sendable {
    public struct Resource: Sendable, Equatable {
        public var logicalId: String
        public var physicalId: String?
        public var type: String
        public var status: String
        public var statusReason: String?

        public init(logicalId: String, physicalId: String?, type: String, status: String, statusReason: String? = nil) {
            (self.logicalId, self.physicalId, self.type) = (logicalId, physicalId, type)
            (self.status, self.statusReason) = (status, statusReason)
        }
    }

    public var name: String
    public var stackId: String
    public var status: String
    public var statusReason: String?
    public var region: String
    /// Parameter values as CloudFormation reports them (lists comma-joined, NoEcho as `****`).
    public var parameters: [String: String] = [:]
    public var outputs: [String: String] = [:]
    public var resources: [Resource] = []
    /// GetTemplate's body, parsed; nil when it was not fetched.
    public var deployedTemplate: Node?
    /// DescribeStacks' answer whole, for readers that show more than they check (describe's outputs in
    /// order, with descriptions and export names); nil for a snapshot made by hand.
    public var described: CloudFormation.Stack?

    /// A stack's identity; the loader (or a test) fills in the rest.
    public init(name: String, stackId: String, status: String, region: String) {
        (self.name, self.stackId, self.status, self.region) = (name, stackId, status, region)
    }

    public var physicalIds: [String: String] {
        var ids: [String: String] = [:]
        for resource in resources { if let id = resource.physicalId, !id.isEmpty { ids[resource.logicalId] = id } }
        return ids
    }

    /// What the status means (`StackStatusVerdict`, the rule every command shares); an empty status is unknown.
    public var verdict: StackStatusVerdict { StackStatusVerdict.classify(status.isEmpty ? nil : status) }

    /// The stack's `Outputs` value named `key` (smoke's `LoadBalancerDNS`).
    public func output(_ key: String) -> String? { outputs[key] }

    public var pseudo: PseudoParameters { PseudoParameters(region: region, stackName: name, stackId: stackId) }
}
