import FoundationEssentials
import Template
import TextBasics

/// What the resolver knows about the live stack: its parameter values, each resource's physical id and
/// the attributes the services reported, its pseudo parameters, and the template's own sections.
public struct ResolverContext: Sendable {
    public var template: Node
    /// The stack's actual parameter values as CloudFormation reports them (lists comma-joined).
    public var parameterValues: [String: String]
    public var physicalIds: [String: String]
    /// `logicalId -> attribute -> value`, filled from live data (ALB DNSName, role Arn, ...).
    public var attributes: [String: [String: Node]]
    public var pseudo: PseudoParameters
    /// What `Fn::GetAZs` returns for the stack's region; nil when not looked up.
    public var availabilityZones: [String]?

    public init(
        template: Node, parameterValues: [String: String] = [:], physicalIds: [String: String] = [:],
        attributes: [String: [String: Node]] = [:], pseudo: PseudoParameters, availabilityZones: [String]? = nil
    ) {
        self.template = template
        self.parameterValues = parameterValues
        self.physicalIds = physicalIds
        self.attributes = attributes
        self.pseudo = pseudo
        self.availabilityZones = availabilityZones
    }

    var parameterDeclarations: Mapping { template["Parameters"]?.mappingValue ?? Mapping() }
    var resources: Mapping { template["Resources"]?.mappingValue ?? Mapping() }

    /// A declared parameter's value: the stack's, else the template default; list types split.
    func parameter(_ name: String) -> Resolved? {
        guard let declaration = parameterDeclarations[name] else { return nil }
        let type = declaration["Type"]?.stringValue ?? "String"
        let text: String
        if let value = parameterValues[name] {
            if declaration["NoEcho"].map(Self.isTrue) == true || value == "****" {
                return .unresolvable("parameter \(name) is NoEcho, so its value is not readable")
            }
            text = value
        } else if let fallback = declaration["Default"].flatMap(Self.scalarText) {
            text = fallback
        } else {
            return .unresolvable("parameter \(name) has no value in the stack and no default")
        }
        if Self.isListType(type) {
            let items = text.isEmpty ? [] : text.split(separator: ",", omittingEmptySubsequences: false)
            return .value(.list(items.map { .string($0.trimmed(.whitespaces)) }))
        }
        return .value(.string(text))
    }

    static func isListType(_ type: String) -> Bool {
        type == "CommaDelimitedList" || (type.hasPrefix("List<") && type.hasSuffix(">"))
            || type == "AWS::SSM::Parameter::Value<CommaDelimitedList>"
            || (type.hasPrefix("AWS::SSM::Parameter::Value<List<") && type.hasSuffix(">>"))
    }

    static func isTrue(_ node: Node) -> Bool {
        switch node.value {
        case .bool(let flag): flag
        case .string(let text): text.lowercased() == "true"
        default: false
        }
    }

    /// Scalars as the text CloudFormation would substitute; nil for lists, mappings and null.
    static func scalarText(_ node: Node) -> String? {
        switch node.value {
        case .string(let text): text
        case .number(let text): text
        case .bool(let flag): flag ? "true" : "false"
        default: nil
        }
    }
}
