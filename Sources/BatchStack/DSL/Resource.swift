import Template

/// A CloudFormation resource type, written as a Swift struct whose stored properties are its properties.
public protocol Resource: Sendable {
    /// `AWS::Service::Type`.
    static var typeName: String { get }
    /// The resource's `Properties`, in the fixed order the struct sets them.
    var properties: Properties { get }
}

/// Anything that names a resource of the stack: the targets of `DependsOn`.
public protocol ResourceHandle: Sendable {
    var logicalId: String { get }
}

/// A typed handle to a resource added to the stack.
///
/// Only `StackBuilder.add` makes one, so a handle always names a resource that exists; its members
/// (`arn`, `name`, `dnsName`, ...) are declared per resource type, so asking a log group for a DNS name
/// does not compile.
public struct ResourceRef<R: Resource>: ResourceHandle {
    public let logicalId: String

    init(logicalId: String) { self.logicalId = logicalId }

    /// `Ref`: what it returns depends on the type (a name, an ARN or an id), so the typed members below
    /// say which it is.
    var ref: Str { Str(.ref(logicalId)) }

    func attribute(_ name: String) -> Str {
        precondition(R.validAttributes.contains(name), "\(R.typeName) has no attribute \(name)")
        return Str(.getAtt(logicalId, name))
    }
}

extension Resource {
    /// The `Fn::GetAtt` attributes CloudFormation documents for this type (checked by the tests).
    public static var validAttributes: Set<String> { ResourceAttributes.byType[typeName] ?? [] }
}

/// The documented `Fn::GetAtt` attributes of each resource type the stack uses.
///
/// From the CloudFormation resource reference ("Return values" sections); the template tests check every
/// `GetAtt` and `${A.B}` against this list.
public enum ResourceAttributes {
    public static let byType: [String: Set<String>] = [
        "AWS::ECS::Cluster": ["Arn"],
        "AWS::ECS::TaskDefinition": ["TaskDefinitionArn"],
        "AWS::ECS::Service": ["Name", "ServiceArn"],
        "AWS::IAM::Role": ["Arn", "RoleId"],
        "AWS::Logs::LogGroup": ["Arn"],
        "AWS::EC2::SecurityGroup": ["GroupId", "VpcId"],
        "AWS::ElasticLoadBalancingV2::LoadBalancer": [
            "CanonicalHostedZoneID", "DNSName", "LoadBalancerArn", "LoadBalancerFullName", "LoadBalancerName",
            "SecurityGroups",
        ],
        "AWS::ElasticLoadBalancingV2::TargetGroup": [
            "LoadBalancerArns", "TargetGroupArn", "TargetGroupFullName", "TargetGroupName",
        ],
        "AWS::ElasticLoadBalancingV2::Listener": ["ListenerArn"],
        "AWS::ApplicationAutoScaling::ScalableTarget": ["Id"],
        "AWS::ApplicationAutoScaling::ScalingPolicy": ["Arn"],
    ]
}
