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

    public init(
        name: Str, port: Int, protocol: HTTPProtocol, targetType: TargetType, vpcId: Str,
        healthCheck: TargetHealthCheck
    ) {
        self.name = name
        self.port = port
        self.protocol = `protocol`
        self.targetType = targetType
        self.vpcId = vpcId
        self.healthCheck = healthCheck
    }

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
    public var `protocol`: HTTPProtocol
    public var path: String
    public var intervalSeconds: Int
    public var timeoutSeconds: Int
    public var healthyThreshold: Int
    public var unhealthyThreshold: Int
    /// `200`, `200,204` or `200-299`.
    public var successCodes: String

    public init(
        protocol: HTTPProtocol = .http, path: String, intervalSeconds: Int = 30, timeoutSeconds: Int = 5,
        healthyThreshold: Int = 2, unhealthyThreshold: Int = 3, successCodes: String = "200"
    ) {
        self.protocol = `protocol`
        self.path = path
        self.intervalSeconds = intervalSeconds
        self.timeoutSeconds = timeoutSeconds
        self.healthyThreshold = healthyThreshold
        self.unhealthyThreshold = unhealthyThreshold
        self.successCodes = successCodes
    }
}

extension ResourceRef where R == ELBv2TargetGroup {
    /// `Ref` of a target group is its ARN.
    public var arn: Str { ref }
    public var fullName: Str { attribute("TargetGroupFullName") }
}
