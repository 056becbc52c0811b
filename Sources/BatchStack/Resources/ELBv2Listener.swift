import Template

/// `AWS::ElasticLoadBalancingV2::Listener` with a single forward action.
public struct ELBv2Listener: Resource {
    public static let typeName = "AWS::ElasticLoadBalancingV2::Listener"

    public var loadBalancer: ResourceRef<ELBv2LoadBalancer>
    public var port: Int
    public var `protocol`: HTTPProtocol
    public var forwardTo: ResourceRef<ELBv2TargetGroup>

    public var properties: Properties {
        let action: Properties = ["Type": "forward", "TargetGroupArn": forwardTo.arn]
        return ["LoadBalancerArn": loadBalancer.arn, "Port": port, "Protocol": `protocol`, "DefaultActions": [action]]
    }
}

extension ResourceRef where R == ELBv2Listener {
    /// `Ref` of a listener is its ARN.
    public var arn: Str { ref }
}
