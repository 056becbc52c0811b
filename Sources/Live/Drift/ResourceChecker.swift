import AWS
import Template
import TemplateDiff

/// Reads one resource type from its own service and shapes the answer like the template's properties.
/// One small type per resource type; the engine does the comparing.
public protocol ResourceChecker: Sendable {
    var resourceType: String { get }
    /// Every AWS operation `observe` calls: the engine runs it inside exactly these (`OperationScope`),
    /// and `stackcheck iam-policy` grants exactly these.
    var operations: [AWSOperation] { get }
    /// The operations one resource of the template needs: `operations`, less the `readsWhenSet` calls of the
    /// properties the template leaves out.
    func operations(for properties: Mapping) -> [AWSOperation]
    /// Calls that read one property only (tags, attributes), by that property: made only when the template sets it.
    var readsWhenSet: [String: AWSOperation] { get }
    /// Who reports the live values, for explanations ("CloudWatch Logs").
    var serviceName: String { get }
    /// The comparison rules this type's places need beyond the `live` profile (sets, lists keyed by
    /// a field, tags, IAM policy documents), placed from the resource (`/Properties/Tags`). They are
    /// the TemplateDiff engine's rules, so `diff` can use them too.
    var comparisonRules: [NormalizationRule] { get }
    /// Attributes known from the physical id alone (a security group's GroupId), before any call.
    func attributes(physicalId: String, pseudo: PseudoParameters) -> [String: Node]
    /// The live resource; throws `AWSError` for failures other than "it is gone".
    func observe(_ target: CheckTarget, client: AWSClient) async throws -> LiveResource
}

extension ResourceChecker {
    public var comparisonRules: [NormalizationRule] { [] }
    public var readsWhenSet: [String: AWSOperation] { [:] }
    public func operations(for properties: Mapping) -> [AWSOperation] {
        operations.filter { operation in
            !readsWhenSet.contains { property, call in call == operation && properties[property] == nil }
        }
    }
    public func attributes(physicalId: String, pseudo: PseudoParameters) -> [String: Node] { [:] }
}

/// The checkers stackcheck has, by resource type.
public enum CheckerRegistry {
    public static let standard: [String: any ResourceChecker] = {
        let all: [any ResourceChecker] = [
            ECSClusterChecker(), ECSTaskDefinitionChecker(), ECSServiceChecker(), IAMRoleChecker(),
            LogGroupChecker(), SecurityGroupChecker(), SecurityGroupIngressChecker(), LoadBalancerChecker(),
            TargetGroupChecker(), ListenerChecker(), ScalableTargetChecker(), ScalingPolicyChecker(),
        ]
        return Dictionary(uniqueKeysWithValues: all.map { ($0.resourceType, $0) })
    }()
}

/// Helpers to build template-shaped values from service answers without a line per nil check.
struct Shape {
    var mapping = Mapping()

    subscript(key: String) -> Node? {
        get { mapping[key] }
        set { mapping[key] = newValue }
    }

    mutating func set(_ key: String, _ text: String?) { if let text { mapping[key] = .string(text) } }
    mutating func set(_ key: String, _ number: Int?) { if let number { mapping[key] = .number(String(number)) } }
    mutating func set(_ key: String, _ number: Double?) {
        if let number { mapping[key] = .number(Shape.text(number)) }
    }
    mutating func set(_ key: String, _ flag: Bool?) { if let flag { mapping[key] = .bool(flag) } }
    mutating func set(_ key: String, strings: [String]?) {
        if let strings { mapping[key] = .list(strings.map { .string($0) }) }
    }
    mutating func set(_ key: String, _ shape: Shape?) { if let shape { mapping[key] = .mapping(shape.mapping) } }
    mutating func set(_ key: String, shapes: [Shape]?) {
        if let shapes { mapping[key] = .list(shapes.map { .mapping($0.mapping) }) }
    }

    var node: Node { .mapping(mapping) }

    static func text(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}
