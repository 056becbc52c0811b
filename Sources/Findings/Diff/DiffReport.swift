/// The differences between two named inputs under one profile: what `diff` finds and the renderers print.
public struct DiffReport: Sendable {
    public var leftName: String
    public var rightName: String
    public var profile: String
    public var differences: [Difference]
    /// Resource types by logical ID, shown beside each resource's group (`Resources › Svc (AWS::ECS::Service)`).
    public var resourceTypes: [String: String]

    public init(
        leftName: String, rightName: String, profile: String, differences: [Difference],
        resourceTypes: [String: String] = [:]
    ) {
        self.leftName = leftName
        self.rightName = rightName
        self.profile = profile
        self.differences = differences
        self.resourceTypes = resourceTypes
    }

    public var equivalent: Bool { differences.isEmpty }
}
