import AWS
import Template

/// The expected value of a template expression once intrinsics are evaluated against the live stack.
public enum Resolved: Sendable, Equatable {
    /// A plain value with no intrinsics left.
    case value(Node)
    /// `Ref: AWS::NoValue`: the property (or list item) is absent.
    case noValue
    /// Not known without guessing (an attribute the live data doesn't give, an import, a NoEcho
    /// parameter): the property is reported as not checked, with this reason.
    case unresolvable(String)

    public var node: Node? {
        if case .value(let node) = self { return node }
        return nil
    }

    public var reason: String? {
        if case .unresolvable(let reason) = self { return reason }
        return nil
    }
}

/// The pseudo parameters of the stack being checked (its real ones, from DescribeStacks).
public struct PseudoParameters: Sendable, Equatable {
    public var region: String
    public var accountId: String
    public var stackName: String
    public var stackId: String
    public var partition: String
    public var urlSuffix: String

    public init(
        region: String, accountId: String, stackName: String, stackId: String, partition: String? = nil,
        urlSuffix: String? = nil
    ) {
        self.region = region
        self.accountId = accountId
        self.stackName = stackName
        self.stackId = stackId
        self.partition = partition ?? Self.partition(for: region)
        self.urlSuffix = urlSuffix ?? (region.hasPrefix("cn-") ? "amazonaws.com.cn" : "amazonaws.com")
    }

    /// The account id is the fifth field of the stack's ARN, which saves a call to STS.
    public init(region: String, stackName: String, stackId: String) {
        let arn = ARN(stackId)
        self.init(
            region: region, accountId: arn?.account ?? "", stackName: stackName, stackId: stackId,
            partition: arn?.partition)
    }

    static func partition(for region: String) -> String {
        if region.hasPrefix("cn-") { return "aws-cn" }
        if region.hasPrefix("us-gov-") { return "aws-us-gov" }
        return "aws"
    }

    /// The value of `AWS::X`, or nil for a name that is not a pseudo parameter (NoValue included).
    public func value(_ name: String) -> Node? {
        switch name {
        case "AWS::Region": .string(region)
        case "AWS::AccountId": .string(accountId)
        case "AWS::StackName": .string(stackName)
        case "AWS::StackId": .string(stackId)
        case "AWS::Partition": .string(partition)
        case "AWS::URLSuffix": .string(urlSuffix)
        default: nil
        }
    }
}
