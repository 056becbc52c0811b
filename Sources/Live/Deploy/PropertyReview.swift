import AWS
import Findings
import Report
import Template
import TemplateDiff

/// What an update changes property by property, as `cdk diff` shows it: the deployed template resolved with
/// the stack's parameters against the new template resolved with the parameters the update will use, compared
/// by the one structural diff engine (`TemplateDiffer`, profile `cfn`). CloudFormation's change set says which
/// resources change and whether they are replaced; this says what in them changes, with both values.
public enum PropertyReview {
    /// The differences between the two resolved templates, ready for `TextDiffRenderer`/`MarkdownDiffRenderer`.
    public static func report(
        deployed: Node, deployedParameters: [String: String], template: Node, parameters: [String: String],
        physicalIds: [String: String], pseudo: PseudoParameters, stackName: String, templateName: String
    ) -> DiffReport {
        let old = resolvedResources(
            deployed,
            context: ResolverContext(
                template: deployed, parameterValues: deployedParameters, physicalIds: physicalIds, pseudo: pseudo))
        let new = resolvedResources(
            template,
            context: ResolverContext(
                template: template, parameterValues: parameters, physicalIds: physicalIds, pseudo: pseudo))
        return DiffReport(left: old, leftName: "stack \(stackName)", right: new, rightName: templateName)
    }

    /// `{"Resources": {id: {"Type", "Properties"}}}` with every intrinsic the resolver can evaluate replaced by
    /// its value; what it cannot (an attribute known only after the update) stays as written, so the review
    /// shows `{"Fn::GetAtt": [...]}` rather than guessing. Resources whose condition is false are left out.
    static func resolvedResources(_ template: Node, context: ResolverContext) -> Node {
        let resolver = IntrinsicResolver(context: context)
        var resources = Mapping()
        for entry in template["Resources"]?.mappingValue?.entries ?? [] {
            guard resolver.isEnabled(resource: entry.value) != false else { continue }
            var resource = Mapping()
            if let type = entry.value["Type"] { resource["Type"] = type }
            if let properties = entry.value["Properties"] {
                resource["Properties"] = partial(properties, resolver) ?? .mapping(Mapping())
            }
            resources.entries.append(.init(key: entry.key, keyMark: entry.keyMark, value: .mapping(resource)))
        }
        var root = Mapping()
        root["Resources"] = .mapping(resources)
        return .mapping(root)
    }

    /// The template with every resource's `Properties` empty: what a new stack's review compares against.
    public static func withoutProperties(_ template: Node) -> Node {
        guard var root = template.mappingValue, var resources = template["Resources"]?.mappingValue else {
            return template
        }
        for index in resources.entries.indices {
            guard var resource = resources.entries[index].value.mappingValue, resource["Properties"] != nil else {
                continue
            }
            resource["Properties"] = .mapping(Mapping())
            resources.entries[index].value = .mapping(resource)
        }
        root["Resources"] = .mapping(resources)
        return .mapping(root)
    }

    /// Resolves what can be resolved, item by item; nil for `AWS::NoValue`.
    static func partial(_ node: Node, _ resolver: IntrinsicResolver) -> Node? {
        switch node.value {
        case .mapping(let mapping):
            if mapping.count == 1, let only = mapping.entries.first, IntrinsicResolver.isIntrinsic(only.key) {
                switch resolver.resolve(node) {
                case .value(let value): return Node(value.value, mark: value.mark ?? node.mark)
                case .noValue: return nil
                case .unresolvable: return node
                }
            }
            var out = Mapping()
            for entry in mapping.entries {
                if let value = partial(entry.value, resolver) {
                    out.entries.append(.init(key: entry.key, keyMark: entry.keyMark, value: value))
                }
            }
            return Node(.mapping(out), mark: node.mark)
        case .list(let items):
            return Node(.list(items.compactMap { partial($0, resolver) }), mark: node.mark)
        default:
            return node
        }
    }
}
