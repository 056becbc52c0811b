import Template

/// Properties written as `[{"Key": k, "Value": v}]` (Tags, LoadBalancerAttributes, TargetGroupAttributes) where the
/// service holds more keys than the template sets (its defaults, CloudFormation's `aws:` tags, stack tags): the live
/// value keeps only the keys the template names, in the template's order, so the comparison (rule `keyed(by: "Key")`)
/// points a finding at the one changed or missing item, with both values.
enum KeyValueProperties {
    static func live(_ pairs: [(key: String, value: String)], for property: String, in target: CheckTarget) -> Node {
        let wanted = (target.properties[property].flatMap { target.resolver.resolve($0).node }?.listValue ?? [])
            .compactMap { $0["Key"].flatMap(ResolverContext.scalarText) }
        var items: [Node] = []
        for key in wanted {
            guard let pair = pairs.first(where: { $0.key == key }) else { continue }
            items.append(.mapping(Mapping(["Key": .string(pair.key), "Value": .string(pair.value)])))
        }
        return .list(items)
    }

    /// Whether the template sets `property` at all (so the service is asked only then).
    static func isSet(_ property: String, in target: CheckTarget) -> Bool { target.properties[property] != nil }
}
