import Template

/// One resource as its own service reports it, shaped like the template's properties
/// (`RetentionInDays`, `ContainerDefinitions/0/Memory`) so the two compare key by key.
public struct LiveResource: Sendable, Equatable {
    public enum State: Sendable, Equatable {
        case present
        /// The stack lists it, but the service no longer has it (or only as deleted/inactive).
        case deleted(String)
    }

    public var state: State
    public var properties: Mapping
    /// Properties the service does not report, with why; they are "not checked", never "in sync".
    public var unreadable: [String: String]
    /// `Fn::GetAtt` attributes the service reported (`DNSName`, `Arn`).
    public var attributes: [String: Node]

    public init(
        state: State = .present, properties: Mapping = Mapping(), unreadable: [String: String] = [:],
        attributes: [String: Node] = [:]
    ) {
        self.state = state
        self.properties = properties
        self.unreadable = unreadable
        self.attributes = attributes
    }

    public static func deleted(_ why: String) -> LiveResource { LiveResource(state: .deleted(why)) }
}

/// What a checker needs to look one resource up.
public struct CheckTarget: Sendable {
    public var logicalId: String
    public var resourceType: String
    public var physicalId: String
    /// The template's `Properties`, not yet resolved.
    public var properties: Mapping
    public var resolver: IntrinsicResolver

    public init(
        logicalId: String, resourceType: String, physicalId: String, properties: Mapping, resolver: IntrinsicResolver
    ) {
        self.logicalId = logicalId
        self.resourceType = resourceType
        self.physicalId = physicalId
        self.properties = properties
        self.resolver = resolver
    }

    /// A property's resolved value when it is a plain string (names, namespaces used to look up).
    public func string(_ name: String) -> String? {
        properties[name].flatMap { resolver.resolve($0).node }.flatMap { ResolverContext.scalarText($0) }
    }
}
