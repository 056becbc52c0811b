import Template

/// The type of a template parameter, as a Swift type, so a list parameter can only be used where a list
/// goes and a string parameter where a string goes.
public protocol ParameterKind: Sendable {
    static var typeName: String { get }
}

/// A parameter whose `Ref` is one string.
public protocol ScalarParameterKind: ParameterKind {}
/// A parameter whose `Ref` is a list of strings.
public protocol ListParameterKind: ParameterKind {}

/// `String`.
public enum TextParameter: ScalarParameterKind {
    public static let typeName = "String"
}

/// `AWS::EC2::VPC::Id`: CloudFormation checks the VPC exists before it creates anything.
public enum VpcIdParameter: ScalarParameterKind {
    public static let typeName = "AWS::EC2::VPC::Id"
}

/// `List<AWS::EC2::Subnet::Id>`: given as `subnet-a\,subnet-b` on the command line.
public enum SubnetIdListParameter: ListParameterKind {
    public static let typeName = "List<AWS::EC2::Subnet::Id>"
}

/// The constraints CloudFormation checks on a parameter value before it creates anything.
public struct ParameterConstraints: Sendable {
    public var allowedPattern: String?
    public var minLength: Int?
    public var maxLength: Int?
    public var description: String?

    public init(
        allowedPattern: String? = nil, minLength: Int? = nil, maxLength: Int? = nil, description: String? = nil
    ) {
        self.allowedPattern = allowedPattern
        self.minLength = minLength
        self.maxLength = maxLength
        self.description = description
    }
}

extension ParameterConstraints {
    /// The suffix every name of a stack ends with. 20 characters keeps `report-alb-<suffix>` within the 32 a
    /// load balancer name allows.
    public static let nameSuffix = ParameterConstraints(
        allowedPattern: "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", minLength: 1, maxLength: 20,
        description: "1-20 lowercase letters, digits and inner hyphens")
}

/// A declared parameter; only `StackBuilder.parameter` makes one, so every `Ref` to it resolves.
public struct Parameter<Kind: ParameterKind>: Sendable {
    public let name: String
    public let description: String
    public let constraints: ParameterConstraints

    init(name: String, description: String, constraints: ParameterConstraints) {
        self.name = name
        self.description = description
        self.constraints = constraints
    }

    /// The entry of the template's `Parameters` section.
    var declaration: Node {
        let p: Properties = [
            "Type": Kind.typeName, "Description": description, "AllowedPattern": constraints.allowedPattern,
            "MinLength": constraints.minLength, "MaxLength": constraints.maxLength,
            "ConstraintDescription": constraints.description,
        ]
        return p.node
    }
}

extension Parameter where Kind: ScalarParameterKind {
    public var ref: Str { Str(.ref(name)) }
}

extension Parameter where Kind: ListParameterKind {
    public var ref: StrList { StrList(node: Intrinsic.ref(name)) }
}
