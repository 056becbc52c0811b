import Template

extension IntrinsicResolver {
    /// The value of a named condition from the template's `Conditions`, or nil when it depends on
    /// something unresolvable, is malformed, or refers to itself.
    public func condition(_ name: String) -> Bool? {
        var visiting: Set<String> = []
        return condition(name, &visiting)
    }

    /// Whether a resource with this `Condition` attribute exists in the stack (true without one).
    public func isEnabled(resource: Node) -> Bool? {
        guard let name = resource["Condition"]?.stringValue else { return true }
        return condition(name)
    }

    private func condition(_ name: String, _ visiting: inout Set<String>) -> Bool? {
        guard let definition = context.template["Conditions"]?[name], visiting.insert(name).inserted else { return nil }
        defer { visiting.remove(name) }
        return evaluateCondition(definition, &visiting)
    }

    private func evaluateCondition(_ node: Node, _ visiting: inout Set<String>) -> Bool? {
        if case .bool(let flag) = node.value { return flag }
        guard let mapping = node.mappingValue, mapping.count == 1, let entry = mapping.entries.first else { return nil }
        switch entry.key {
        case "Condition":
            return entry.value.stringValue.flatMap { condition($0, &visiting) }
        case "Fn::Equals":
            guard let pair = entry.value.listValue, pair.count == 2,
                case .value(let left) = resolve(pair[0]), case .value(let right) = resolve(pair[1])
            else { return nil }
            return Self.same(left, right)
        case "Fn::Not":
            guard let list = entry.value.listValue, list.count == 1 else { return nil }
            return evaluateCondition(list[0], &visiting).map { !$0 }
        case "Fn::And", "Fn::Or":
            guard let list = entry.value.listValue, !list.isEmpty else { return nil }
            var results: [Bool] = []
            for item in list {
                guard let result = evaluateCondition(item, &visiting) else { return nil }
                results.append(result)
            }
            return entry.key == "Fn::And" ? !results.contains(false) : results.contains(true)
        default:
            return nil
        }
    }

    /// CloudFormation compares condition operands as strings (lists item by item).
    static func same(_ left: Node, _ right: Node) -> Bool {
        if let a = left.listValue, let b = right.listValue {
            return a.count == b.count && zip(a, b).allSatisfy { same($0, $1) }
        }
        guard let a = ResolverContext.scalarText(left), let b = ResolverContext.scalarText(right) else {
            return left == right
        }
        return a == b
    }
}
