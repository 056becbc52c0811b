import FoundationEssentials
import Template
import TextBasics

/// IAM resource patterns for the names a template gives its resources: `ecs-cluster-${EnvironmentSuffix}`
/// becomes `ecs-cluster-*`, so a policy names the stack's own cluster and roles without knowing the
/// parameter values. A name the template leaves to CloudFormation is `STACK-LogicalId-RANDOM`.
struct ResourceNamePattern {
    var stack: String
    var region: String

    /// The patterns of `property` over every resource of `type`; `STACK-*` for those that leave it unset.
    func names(of type: String, property: String, in template: Node) -> [String] {
        let resources = template["Resources"]?.mappingValue?.entries ?? []
        var found: [String] = []
        for entry in resources where entry.value["Type"]?.stringValue == type {
            let name = entry.value["Properties"]?[property].map(glob) ?? Self.collapse(stack + "-*")
            if !found.contains(name) { found.append(name) }
        }
        return found
    }

    /// A name as an IAM glob: literal text stays, whatever depends on a parameter or another resource
    /// becomes `*`.
    func glob(_ node: Node) -> String {
        switch node.value {
        case .string(let text): return text
        case .number(let text): return text
        case .mapping(let mapping) where mapping.entries.count == 1:
            let (function, argument) = (mapping.entries[0].key, mapping.entries[0].value)
            switch function {
            case "Ref": return Self.collapse(pseudo(argument.stringValue ?? ""))
            case "Fn::Sub":
                let text = argument.stringValue ?? argument.listValue?.first?.stringValue ?? ""
                return Self.collapse(substitute(text))
            case "Fn::Join":
                guard let parts = argument.listValue, parts.count == 2 else { return "*" }
                let items = parts[1].listValue ?? []
                return Self.collapse(items.map(glob).joined(separator: parts[0].stringValue ?? ""))
            default: return "*"
            }
        default: return "*"
        }
    }

    private func pseudo(_ name: String) -> String {
        switch name {
        case "AWS::StackName": stack
        case "AWS::Region": region
        default: "*"
        }
    }

    /// `${Name}` placeholders of an `Fn::Sub` string; `${!Literal}` is the literal `${Literal}`.
    private func substitute(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.textRange(of: "${") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else {
                out += rest[open.lowerBound...]
                return out
            }
            let name = rest[open.upperBound..<close]
            out += name.hasPrefix("!") ? "${" + name.dropFirst() + "}" : pseudo(String(name))
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    static func collapse(_ text: String) -> String {
        var text = text
        while text.containsText("**") { text = text.replacingText("**", with: "*") }
        return text
    }
}
