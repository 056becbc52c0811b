import FoundationEssentials

/// FIPS and dual-stack endpoint choices (`AWS_USE_FIPS_ENDPOINT`, `AWS_USE_DUALSTACK_ENDPOINT`).
public struct EndpointVariant: Sendable, Equatable {
    public var fips: Bool
    public var dualStack: Bool

    public init(fips: Bool = false, dualStack: Bool = false) {
        self.fips = fips
        self.dualStack = dualStack
    }

    public static let plain = EndpointVariant()
}

/// The standard endpoint of each service stackcheck calls, as botocore's endpoint rule sets
/// (`data/<service>/<version>/endpoint-rule-set-1.json`) compute it for a region and variant. The rule
/// sets share one shape (`<prefix>[-fips].<region>.<suffix>`, the dual-stack suffix for dual-stack); the
/// exceptions are written out below: GovCloud's FIPS hosts of services whose plain host is already
/// FIPS-validated, IAM's one host per partition, and S3's own names.
public enum EndpointRules {
    /// The services `stackcheck config` reports, by the name the AWS CLI gives them.
    public static let reported: [(name: String, service: AWSService)] = [
        ("cloudformation", .cloudFormation), ("ecs", .ecs), ("elbv2", .elasticLoadBalancingV2),
        ("application-autoscaling", .applicationAutoScaling), ("logs", .cloudWatchLogs), ("iam", .iam),
        ("ec2", .ec2), ("sts", .sts), ("s3", .s3), ("sso", .sso),
    ]

    /// In GovCloud, FIPS for these services is the plain host (their rule sets say so); ECS and S3 have
    /// `-fips` hosts there too.
    static let govCloudPlainFIPS: Set<String> = [
        "cloudformation", "elasticloadbalancing", "application-autoscaling", "logs", "ec2", "sts", "portal.sso",
    ]

    /// The host and signing region, or a `ConfigError` where the rules give no endpoint.
    public static func resolve(_ service: AWSService, region: String, variant: EndpointVariant) throws
        -> (host: String, signingRegion: String)
    {
        let partition = Partition.of(region: region)
        switch service.endpointPrefix {
        case "iam": return iam(partition, variant)
        case "s3": return (try s3(partition, region, variant), region)
        default: break
        }
        let prefix = service.endpointPrefix
        let suffix = variant.dualStack ? partition.dualStackDnsSuffix : partition.dnsSuffix
        let fipsPrefix =
            variant.fips && !(partition == .govCloud && !variant.dualStack && govCloudPlainFIPS.contains(prefix))
        return ("\(prefix)\(fipsPrefix ? "-fips" : "").\(region).\(suffix)", region)
    }

    private static func s3(_ partition: Partition, _ region: String, _ variant: EndpointVariant) throws -> String {
        if variant.fips && partition == .china {
            throw ConfigError(
                .none, "S3 has no FIPS endpoint in partition \(partition.id) (region \(region)); "
                    + "unset AWS_USE_FIPS_ENDPOINT / use_fips_endpoint")
        }
        let name = (variant.fips ? "s3-fips" : "s3") + (variant.dualStack ? ".dualstack" : "")
        // The legacy global endpoint, botocore's default for us-east-1 (`s3_us_east_1_regional_endpoint`).
        if name == "s3" && region == "us-east-1" { return "s3.amazonaws.com" }
        return "\(name).\(region).\(partition.dnsSuffix)"
    }

    /// IAM is global: one endpoint per partition and variant, signed for a fixed region.
    private static func iam(_ partition: Partition, _ variant: EndpointVariant) -> (String, String) {
        let name = variant.fips ? "iam-fips" : "iam"
        switch (partition.id, variant.dualStack) {
        case ("aws", false): return ("\(name).amazonaws.com", "us-east-1")
        case ("aws", true): return ("\(name).global.api.aws", "us-east-1")
        case ("aws-cn", _) where variant.fips:
            return (
                "iam-fips.\(variant.dualStack ? partition.dualStackDnsSuffix : partition.dnsSuffix)", "cn-northwest-1"
            )
        case ("aws-cn", false): return ("iam.cn-north-1.amazonaws.com.cn", "cn-north-1")
        case ("aws-cn", true): return ("iam.global.api.amazonwebservices.com.cn", "cn-north-1")
        // GovCloud's IAM endpoint is FIPS-validated: the FIPS variant is the same host.
        case ("aws-us-gov", false): return ("iam.us-gov.amazonaws.com", "us-gov-west-1")
        case ("aws-us-gov", true): return ("iam.us-gov.api.aws", "us-gov-west-1")
        case (_, false):
            return ("\(name).\(partition.implicitGlobalRegion).\(partition.dnsSuffix)", partition.implicitGlobalRegion)
        case (_, true): return ("\(name).\(partition.dualStackDnsSuffix)", partition.implicitGlobalRegion)
        }
    }
}
