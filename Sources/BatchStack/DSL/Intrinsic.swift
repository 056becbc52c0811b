import Template

/// The long form of CloudFormation's intrinsic functions, as nodes.
///
/// The typed layer (`Str`, `StrList`, `ResourceRef`) is the API; these builders are the one place that
/// knows the function names and argument shapes.
public enum Intrinsic {
    public static func ref(_ name: String) -> Node {
        .mapping(Mapping(["Ref": .string(name)]))
    }

    public static func getAtt(_ logicalId: String, _ attribute: String) -> Node {
        function("Fn::GetAtt", .list([.string(logicalId), .string(attribute)]))
    }

    /// `Fn::Sub` of a string, or of `[string, variables]` when there are variables.
    public static func sub(_ text: String, variables: [Mapping.Entry] = []) -> Node {
        if variables.isEmpty { return function("Fn::Sub", .string(text)) }
        return function("Fn::Sub", .list([.string(text), .mapping(Mapping(variables))]))
    }

    public static func join(_ separator: String, _ list: Node) -> Node {
        function("Fn::Join", .list([.string(separator), list]))
    }

    public static func select(_ index: Int, _ list: Node) -> Node {
        function("Fn::Select", .list([.number(String(index)), list]))
    }

    public static func split(_ separator: String, _ source: Node) -> Node {
        function("Fn::Split", .list([.string(separator), source]))
    }

    /// `Fn::GetAZs` of a region; `""` means the stack's own region.
    public static func getAZs(_ region: Node) -> Node {
        function("Fn::GetAZs", region)
    }

    static func function(_ name: String, _ argument: Node) -> Node {
        .mapping(Mapping([Mapping.Entry(key: name, value: argument)]))
    }
}

/// A list-valued template expression: literal items, a list parameter, or a list function.
public struct StrList: TemplateValue, ExpressibleByArrayLiteral {
    let nodeValue: Node

    init(node: Node) { self.nodeValue = node }

    public init(_ items: [Str]) { self.nodeValue = .list(items.map(\.node)) }

    public init(arrayLiteral elements: Str...) { self.init(elements) }

    public var node: Node { nodeValue }

    /// The Availability Zones of the stack's region.
    public static func availabilityZones(in region: Str = "") -> StrList {
        StrList(node: Intrinsic.getAZs(region.node))
    }

    public static func split(_ separator: String, _ source: Str) -> StrList {
        StrList(node: Intrinsic.split(separator, source.node))
    }
}

/// CloudFormation's pseudo parameters.
public enum Pseudo {
    public static let accountId = Str(.ref("AWS::AccountId"))
    public static let partition = Str(.ref("AWS::Partition"))
    public static let region = Str(.ref("AWS::Region"))
    public static let stackId = Str(.ref("AWS::StackId"))
    public static let stackName = Str(.ref("AWS::StackName"))
    public static let urlSuffix = Str(.ref("AWS::URLSuffix"))

    /// Every pseudo parameter name, for checks that a `Ref` resolves.
    public static let names: Set<String> = [
        "AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue", "AWS::Partition", "AWS::Region",
        "AWS::StackId", "AWS::StackName", "AWS::URLSuffix",
    ]
}
