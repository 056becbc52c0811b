import Template

/// Assembles a template: parameters, resources and outputs, each section in the order added.
///
/// Resources are laid out as `Type`, the policies and `DependsOn` (when any), then `Properties`: the order
/// people read them in.
public struct StackBuilder: Sendable {
    public var description: String
    private var parameters = Mapping()
    private var resources = Mapping()
    private var outputs = Mapping()

    public init(description: String) { self.description = description }

    public mutating func parameter<Kind: ParameterKind>(
        _ name: String, _ kind: Kind.Type, description: String, constraints: ParameterConstraints = .init()
    ) -> Parameter<Kind> {
        precondition(parameters[name] == nil && resources[name] == nil, "duplicate name \(name)")
        let parameter = Parameter<Kind>(name: name, description: description, constraints: constraints)
        parameters[name] = parameter.declaration
        return parameter
    }

    @discardableResult
    public mutating func add<R: Resource>(
        _ logicalId: String, _ resource: R, deletionPolicy: RetentionPolicy? = nil, dependsOn: [any ResourceHandle] = []
    ) -> ResourceRef<R> {
        precondition(resources[logicalId] == nil && parameters[logicalId] == nil, "duplicate name \(logicalId)")
        var entry = Properties()
        entry["Type"] = R.typeName
        if let deletionPolicy {
            // Both, always: one without the other leaves replacement (or deletion) at the default.
            entry["DeletionPolicy"] = deletionPolicy
            entry["UpdateReplacePolicy"] = deletionPolicy
        }
        if dependsOn.count == 1 {
            entry["DependsOn"] = dependsOn[0].logicalId
        } else if !dependsOn.isEmpty {
            entry["DependsOn"] = dependsOn.map(\.logicalId)
        }
        entry["Properties"] = resource.properties
        resources[logicalId] = entry.node
        return ResourceRef(logicalId: logicalId)
    }

    public mutating func output(_ name: String, _ value: Str, description: String) {
        precondition(outputs[name] == nil, "duplicate output \(name)")
        var entry = Properties()
        entry["Description"] = description
        entry["Value"] = value
        outputs[name] = entry.node
    }

    /// The whole template, in long form.
    public var node: Node {
        var root = Properties()
        root["AWSTemplateFormatVersion"] = "2010-09-09"
        root["Description"] = description
        if !parameters.isEmpty { root["Parameters"] = Node.mapping(parameters) }
        root["Resources"] = Node.mapping(resources)
        if !outputs.isEmpty { root["Outputs"] = Node.mapping(outputs) }
        return root.node
    }
}

/// What happens to a stateful resource when the stack deletes or replaces it.
public enum RetentionPolicy: String, TemplateConstant {
    case delete = "Delete"
    case retain = "Retain"
    case snapshot = "Snapshot"
}
