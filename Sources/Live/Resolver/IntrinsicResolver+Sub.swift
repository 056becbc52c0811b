import FoundationEssentials
import Template
import TextBasics

extension IntrinsicResolver {
    /// `Fn::Sub` in both forms: `"text ${Name} ${Res.Attr} ${!Literal}"` and `[text, {Var: value}]`.
    func sub(_ argument: Node) -> Resolved {
        let text: String
        var variables: [String: String] = [:]
        if let string = argument.stringValue {
            text = string
        } else if let list = argument.listValue, list.count == 2, let string = list[0].stringValue,
            let bindings = list[1].mappingValue
        {
            text = string
            for entry in bindings.entries {
                switch resolve(entry.value) {
                case .value(let value):
                    guard let scalar = ResolverContext.scalarText(value) else { return malformed("Fn::Sub") }
                    variables[entry.key] = scalar
                case .noValue: return malformed("Fn::Sub")
                case .unresolvable(let why): return .unresolvable(why)
                }
            }
        } else {
            return malformed("Fn::Sub")
        }
        return substitute(text, variables)
    }

    private func substitute(_ text: String, _ variables: [String: String]) -> Resolved {
        var out = ""
        var rest = Substring(text)
        while let open = rest.textRange(of: "${") {
            out += rest[..<open.lowerBound]
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.firstIndex(of: "}") else {
                out += rest[open.lowerBound...]
                rest = ""
                break
            }
            let name = String(afterOpen[..<close])
            rest = afterOpen[afterOpen.index(after: close)...]
            if name.hasPrefix("!") {
                // `${!Literal}` writes `${Literal}` unchanged.
                out += "${" + name.dropFirst() + "}"
                continue
            }
            switch variable(name.trimmed(.whitespaces), variables) {
            case .value(let value):
                guard let scalar = ResolverContext.scalarText(value) else {
                    return .unresolvable("Fn::Sub ${\(name)} is not a single value")
                }
                out += scalar
            case .noValue: return malformed("Fn::Sub")
            case .unresolvable(let why): return .unresolvable(why)
            }
        }
        out += rest
        return .value(.string(out))
    }

    private func variable(_ name: String, _ variables: [String: String]) -> Resolved {
        if let bound = variables[name] { return .value(.string(bound)) }
        if let dot = name.firstIndex(of: "."), !name.hasPrefix("AWS::") {
            let logical = String(name[..<dot])
            let attribute = String(name[name.index(after: dot)...])
            return getAtt(.list([.string(logical), .string(attribute)]))
        }
        return ref(.string(name))
    }
}
