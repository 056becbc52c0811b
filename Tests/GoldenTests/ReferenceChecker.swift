import BatchStack
import Template
import TemplateDiff

/// Finds every `Ref`, `Fn::GetAtt`, `${...}` in `Fn::Sub` and `DependsOn` that names nothing: not a
/// parameter, not a resource, not a documented attribute of the resource's type, not a pseudo parameter.
struct ReferenceChecker {
    let parameters: Set<String>
    let resourceTypes: [String: String]

    init(_ template: Node) {
        parameters = Set(template["Parameters"]?.mappingValue?.keys ?? [])
        var types: [String: String] = [:]
        for entry in template["Resources"]?.mappingValue?.entries ?? [] {
            types[entry.key] = entry.value["Type"]?.stringValue ?? ""
        }
        resourceTypes = types
    }

    /// One line per unresolved name, with the JSON Pointer where it appears.
    func problems(in template: Node) -> [String] {
        var found: [String] = []
        for entry in template["Resources"]?.mappingValue?.entries ?? [] {
            let path = "/Resources/\(JSONPointer.escape(entry.key))"
            switch entry.value["DependsOn"]?.value {
            case .string(let id)?: checkResource(id, at: path + "/DependsOn", &found)
            case .list(let ids)?:
                ids.compactMap(\.stringValue).forEach { checkResource($0, at: path + "/DependsOn", &found) }
            default: break
            }
        }
        walk(template, path: "", variables: [], &found)
        return found
    }

    private func walk(_ node: Node, path: String, variables: Set<String>, _ found: inout [String]) {
        switch node.value {
        case .list(let items):
            for (index, item) in items.enumerated() {
                walk(item, path: "\(path)/\(index)", variables: variables, &found)
            }
        case .mapping(let mapping):
            if mapping.count == 1, let entry = mapping.entries.first {
                let at = "\(path)/\(JSONPointer.escape(entry.key))"
                switch entry.key {
                case "Ref": return checkRef(entry.value.stringValue ?? "?", variables: variables, at: at, &found)
                case "Fn::GetAtt": return checkGetAtt(entry.value, at: at, &found)
                case "Fn::Sub": return checkSub(entry.value, at: at, &found)
                default: break
                }
            }
            for entry in mapping.entries {
                walk(entry.value, path: "\(path)/\(JSONPointer.escape(entry.key))", variables: variables, &found)
            }
        default:
            break
        }
    }

    private func checkRef(_ name: String, variables: Set<String>, at path: String, _ found: inout [String]) {
        if parameters.contains(name) || resourceTypes[name] != nil || Pseudo.names.contains(name)
            || variables.contains(name)
        {
            return
        }
        found.append("\(path): \(name) is not a parameter, resource or pseudo parameter")
    }

    private func checkResource(_ id: String, at path: String, _ found: inout [String]) {
        if resourceTypes[id] == nil { found.append("\(path): \(id) is not a resource") }
    }

    private func checkGetAtt(_ argument: Node, at path: String, _ found: inout [String]) {
        let parts: [String]
        if let text = argument.stringValue {
            parts = text.split(separator: ".", maxSplits: 1).map(String.init)
        } else {
            parts = argument.listValue?.compactMap(\.stringValue) ?? []
        }
        guard parts.count == 2 else { return found.append("\(path): malformed Fn::GetAtt") }
        checkAttribute(parts[0], parts[1], at: path, &found)
    }

    private func checkAttribute(_ id: String, _ attribute: String, at path: String, _ found: inout [String]) {
        guard let type = resourceTypes[id] else { return found.append("\(path): \(id) is not a resource") }
        guard let valid = ResourceAttributes.byType[type] else {
            return found.append("\(path): no documented attributes for \(type)")
        }
        if !valid.contains(attribute) { found.append("\(path): \(type) has no attribute \(attribute)") }
    }

    private func checkSub(_ argument: Node, at path: String, _ found: inout [String]) {
        var variables: Set<String> = []
        let text: String
        if let string = argument.stringValue {
            text = string
        } else if let items = argument.listValue, items.count == 2, let string = items[0].stringValue {
            text = string
            for entry in items[1].mappingValue?.entries ?? [] {
                variables.insert(entry.key)
                walk(entry.value, path: "\(path)/1/\(JSONPointer.escape(entry.key))", variables: [], &found)
            }
        } else {
            return found.append("\(path): malformed Fn::Sub")
        }
        for name in Self.subVariables(text) {
            if variables.contains(name) || !name.contains(".") || Pseudo.names.contains(name) {
                checkRef(name, variables: variables, at: path, &found)
            } else {
                let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
                checkAttribute(parts[0], parts[1], at: path, &found)
            }
        }
    }

    /// The names inside `${...}`, skipping the `${!literal}` escape.
    static func subVariables(_ text: String) -> [String] {
        var names: [String] = []
        var rest = text[...]
        while let start = rest.firstRange(of: "${") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "}") else { break }
            let name = String(rest[..<end])
            if !name.hasPrefix("!") { names.append(name.trimmingCharacters(in: .whitespaces)) }
            rest = rest[rest.index(after: end)...]
        }
        return names
    }
}
