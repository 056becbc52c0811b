import FoundationEssentials
import Template

/// Computes the value CloudFormation would have given a template expression in the live stack:
/// Ref, Fn::GetAtt, Fn::Sub, Fn::Join, Fn::Select, Fn::Split, Fn::If (with Conditions), Fn::GetAZs,
/// Fn::FindInMap, Fn::Base64, Fn::Length. Whatever it cannot know is `.unresolvable(why)`, never a guess.
public struct IntrinsicResolver: Sendable {
    public var context: ResolverContext

    public init(context: ResolverContext) { self.context = context }

    /// Resolves a whole value; a mapping or list that contains anything unresolvable is unresolvable,
    /// and `AWS::NoValue` drops the key or item it stands for.
    public func resolve(_ node: Node) -> Resolved {
        switch node.value {
        case .null, .bool, .number, .string:
            return .value(node)
        case .list(let items):
            var out: [Node] = []
            for item in items {
                switch resolve(item) {
                case .value(let value): out.append(value)
                case .noValue: continue
                case .unresolvable(let why): return .unresolvable(why)
                }
            }
            return .value(Node(.list(out), mark: node.mark))
        case .mapping(let mapping):
            if mapping.count == 1, let entry = mapping.entries.first, Self.isIntrinsic(entry.key) {
                return evaluate(entry.key, entry.value)
            }
            var out = Mapping()
            for entry in mapping.entries {
                switch resolve(entry.value) {
                case .value(let value): out.entries.append(.init(key: entry.key, keyMark: entry.keyMark, value: value))
                case .noValue: continue
                case .unresolvable(let why): return .unresolvable(why)
                }
            }
            return .value(Node(.mapping(out), mark: node.mark))
        }
    }

    static func isIntrinsic(_ key: String) -> Bool { key == "Ref" || key.hasPrefix("Fn::") || key == "Condition" }

    func evaluate(_ name: String, _ argument: Node) -> Resolved {
        switch name {
        case "Ref": return ref(argument)
        case "Fn::GetAtt": return getAtt(argument)
        case "Fn::Sub": return sub(argument)
        case "Fn::Join": return join(argument)
        case "Fn::Select": return select(argument)
        case "Fn::Split": return split(argument)
        case "Fn::If": return ifThen(argument)
        case "Fn::GetAZs": return getAZs(argument)
        case "Fn::FindInMap": return findInMap(argument)
        case "Fn::Base64": return base64(argument)
        case "Fn::Length": return length(argument)
        case "Condition":
            guard let name = argument.stringValue else { return malformed("Condition") }
            return condition(name).map { .value(.bool($0)) } ?? .unresolvable("condition \(name) cannot be evaluated")
        default:
            return .unresolvable("\(name) is not evaluated by stackcheck")
        }
    }

    func malformed(_ function: String) -> Resolved { .unresolvable("malformed \(function)") }

    func ref(_ argument: Node) -> Resolved {
        guard let name = argument.stringValue else { return malformed("Ref") }
        if name == "AWS::NoValue" { return .noValue }
        if let declared = context.parameter(name) { return declared }
        if let pseudo = context.pseudo.value(name) { return .value(pseudo) }
        if name.hasPrefix("AWS::") { return .unresolvable("pseudo parameter \(name) is not known") }
        if let physical = context.physicalIds[name] { return .value(.string(physical)) }
        if context.resources[name] != nil { return .unresolvable("Ref \(name): the resource has no physical id") }
        return .unresolvable("Ref \(name): no such parameter or resource")
    }

    func getAtt(_ argument: Node) -> Resolved {
        let parts: (String, Resolved)
        if let text = argument.stringValue, let dot = text.firstIndex(of: ".") {
            parts = (String(text[..<dot]), .value(.string(String(text[text.index(after: dot)...]))))
        } else if let list = argument.listValue, list.count == 2, let logical = list[0].stringValue {
            parts = (logical, resolve(list[1]))
        } else {
            return malformed("Fn::GetAtt")
        }
        guard case .value(let attributeNode) = parts.1, let attribute = attributeNode.stringValue else {
            return parts.1.reason.map { .unresolvable($0) } ?? malformed("Fn::GetAtt")
        }
        if let value = context.attributes[parts.0]?[attribute] { return .value(value) }
        return .unresolvable("Fn::GetAtt \(parts.0).\(attribute) is not known from the live stack")
    }

    func join(_ argument: Node) -> Resolved {
        guard let list = argument.listValue, list.count == 2, let delimiter = list[0].stringValue else {
            return malformed("Fn::Join")
        }
        switch resolve(list[1]) {
        case .value(let items):
            guard let values = items.listValue else { return malformed("Fn::Join") }
            var texts: [String] = []
            for value in values {
                guard let text = ResolverContext.scalarText(value) else { return malformed("Fn::Join") }
                texts.append(text)
            }
            return .value(.string(texts.joined(separator: delimiter)))
        case .noValue: return malformed("Fn::Join")
        case .unresolvable(let why): return .unresolvable(why)
        }
    }

    func select(_ argument: Node) -> Resolved {
        guard let list = argument.listValue, list.count == 2 else { return malformed("Fn::Select") }
        guard case .value(let indexNode) = resolve(list[0]), let text = ResolverContext.scalarText(indexNode),
            let index = Int(text)
        else { return resolve(list[0]).reason.map { .unresolvable($0) } ?? malformed("Fn::Select") }
        switch resolve(list[1]) {
        case .value(let items):
            guard let values = items.listValue else { return malformed("Fn::Select") }
            guard values.indices.contains(index) else {
                return .unresolvable("Fn::Select index \(index) is out of range (\(values.count) items)")
            }
            return .value(values[index])
        case .noValue: return malformed("Fn::Select")
        case .unresolvable(let why): return .unresolvable(why)
        }
    }

    func split(_ argument: Node) -> Resolved {
        guard let list = argument.listValue, list.count == 2, let delimiter = list[0].stringValue, !delimiter.isEmpty
        else { return malformed("Fn::Split") }
        switch resolve(list[1]) {
        case .value(let source):
            guard let text = ResolverContext.scalarText(source) else { return malformed("Fn::Split") }
            return .value(.list(text.components(separatedBy: delimiter).map { .string($0) }))
        case .noValue: return malformed("Fn::Split")
        case .unresolvable(let why): return .unresolvable(why)
        }
    }

    func ifThen(_ argument: Node) -> Resolved {
        guard let list = argument.listValue, list.count == 3, let name = list[0].stringValue else {
            return malformed("Fn::If")
        }
        guard let chosen = condition(name) else { return .unresolvable("condition \(name) cannot be evaluated") }
        return resolve(chosen ? list[1] : list[2])
    }

    func getAZs(_ argument: Node) -> Resolved {
        guard let zones = context.availabilityZones else {
            return .unresolvable(
                "Fn::GetAZs: the region's availability zones could not be read (ec2:DescribeAvailabilityZones)")
        }
        if case .value(let region) = resolve(argument), let name = region.stringValue, !name.isEmpty,
            name != context.pseudo.region
        {
            return .unresolvable("Fn::GetAZs of another region (\(name))")
        }
        return .value(.list(zones.map { .string($0) }))
    }

    func findInMap(_ argument: Node) -> Resolved {
        guard let list = argument.listValue, list.count == 3 || list.count == 4 else {
            return malformed("Fn::FindInMap")
        }
        var keys: [String] = []
        for item in list.prefix(3) {
            switch resolve(item) {
            case .value(let value):
                guard let text = ResolverContext.scalarText(value) else { return malformed("Fn::FindInMap") }
                keys.append(text)
            case .noValue: return malformed("Fn::FindInMap")
            case .unresolvable(let why): return .unresolvable(why)
            }
        }
        if let found = context.template["Mappings"]?[keys[0]]?[keys[1]]?[keys[2]] { return resolve(found) }
        // The language extension's DefaultValue (a fourth argument) applies when the key is absent.
        if list.count == 4, let fallback = list[3]["DefaultValue"] { return resolve(fallback) }
        return .unresolvable("Fn::FindInMap: \(keys.joined(separator: "/")) is not in Mappings")
    }

    func base64(_ argument: Node) -> Resolved {
        switch resolve(argument) {
        case .value(let value):
            guard let text = ResolverContext.scalarText(value) else { return malformed("Fn::Base64") }
            return .value(.string(Data(text.utf8).base64EncodedString()))
        case .noValue: return malformed("Fn::Base64")
        case .unresolvable(let why): return .unresolvable(why)
        }
    }

    func length(_ argument: Node) -> Resolved {
        switch resolve(argument) {
        case .value(let value):
            guard let items = value.listValue else { return malformed("Fn::Length") }
            return .value(.number(String(items.count)))
        case .noValue: return malformed("Fn::Length")
        case .unresolvable(let why): return .unresolvable(why)
        }
    }
}
