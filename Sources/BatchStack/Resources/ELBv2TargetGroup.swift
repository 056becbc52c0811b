import Template

/// `AWS::ElasticLoadBalancingV2::TargetGroup`.
public struct ELBv2TargetGroup: Resource {
    public static let typeName = "AWS::ElasticLoadBalancingV2::TargetGroup"

    /// `ip`: Fargate tasks in awsvpc mode register by their ENI address, not an instance id.
    public enum TargetType: String, TemplateConstant {
        case ip, instance, lambda, alb
    }

    public var name: Str
    public var port: Int
    public var `protocol`: HTTPProtocol
    public var targetType: TargetType
    public var vpcId: Str
    public var healthCheck: TargetHealthCheck

    public var properties: Properties {
        [
            "Name": name, "Port": port, "Protocol": `protocol`, "TargetType": targetType, "VpcId": vpcId,
            "HealthCheckEnabled": true, "HealthCheckProtocol": healthCheck.protocol,
            "HealthCheckPath": healthCheck.path, "HealthCheckIntervalSeconds": healthCheck.intervalSeconds,
            "HealthCheckTimeoutSeconds": healthCheck.timeoutSeconds,
            "HealthyThresholdCount": healthCheck.healthyThreshold,
            "UnhealthyThresholdCount": healthCheck.unhealthyThreshold,
            "Matcher": Node.mapping(Mapping(["HttpCode": .string(healthCheck.successCodes)])),
        ]
    }
}

public enum HTTPProtocol: String, TemplateConstant {
    case http = "HTTP"
    case https = "HTTPS"
}

/// How the load balancer decides a target is healthy.
public struct TargetHealthCheck: Sendable {
    public var `protocol`: HTTPProtocol = .http
    public var path: String
    public var intervalSeconds: Int = 30
    public var timeoutSeconds: Int = 5
    public var healthyThreshold: Int = 2
    public var unhealthyThreshold: Int = 3
    /// `200`, `200,204` or `200-299`.
    public var successCodes: String = "200"

}

extension ResourceRef where R == ELBv2TargetGroup {
    /// `Ref` of a target group is its ARN.
    public var arn: Str { ref }
    public var fullName: Str { attribute("TargetGroupFullName") }
}
