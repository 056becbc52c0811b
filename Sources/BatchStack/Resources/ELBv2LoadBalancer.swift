/// `AWS::ElasticLoadBalancingV2::LoadBalancer`: an Application Load Balancer.
public struct ELBv2LoadBalancer: Resource {
    public static let typeName = "AWS::ElasticLoadBalancingV2::LoadBalancer"

    public enum Scheme: String, TemplateConstant {
        case internetFacing = "internet-facing"
        case `internal`
    }

    public var name: Str
    public var scheme: Scheme
    public var subnets: StrList
    public var securityGroups: [Str]

    public var properties: Properties {
        ["Name": name, "Type": "application", "Scheme": scheme, "Subnets": subnets, "SecurityGroups": securityGroups]
    }
}

extension ResourceRef where R == ELBv2LoadBalancer {
    /// `Ref` of a load balancer is its ARN.
    public var arn: Str { ref }
    public var dnsName: Str { attribute("DNSName") }
    public var fullName: Str { attribute("LoadBalancerFullName") }
    public var canonicalHostedZoneID: Str { attribute("CanonicalHostedZoneID") }
}
