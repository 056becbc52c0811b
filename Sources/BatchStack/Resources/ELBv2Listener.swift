import Template

/// `AWS::ElasticLoadBalancingV2::Listener` with a single forward action.
public struct ELBv2Listener: Resource {
    public static let typeName = "AWS::ElasticLoadBalancingV2::Listener"

    public var loadBalancer: ResourceRef<ELBv2LoadBalancer>
    public var port: Int
    public var `protocol`: HTTPProtocol
    public var forwardTo: ResourceRef<ELBv2TargetGroup>

    public init(
        loadBalancer: ResourceRef<ELBv2LoadBalancer>, port: Int, protocol: HTTPProtocol,
        forwardTo: ResourceRef<ELBv2TargetGroup>
    ) {
        self.loadBalancer = loadBalancer
        self.port = port
        self.protocol = `protocol`
        self.forwardTo = forwardTo
    }

    public var properties: Properties {
        var p = Properties()
        p["LoadBalancerArn"] = loadBalancer.arn
        p["Port"] = port
        p["Protocol"] = `protocol`
        var action = Properties()
        action["Type"] = "forward"
        action["TargetGroupArn"] = forwardTo.arn
        p["DefaultActions"] = [action]
        return p
    }
}

extension ResourceRef where R == ELBv2Listener {
    /// `Ref` of a listener is its ARN.
    public var arn: Str { ref }
}
