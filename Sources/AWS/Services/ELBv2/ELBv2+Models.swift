extension ELBv2 {
    public struct LoadBalancer: Sendable, Equatable {
        public var arn: String
        public var name: String
        public var dnsName: String?
        /// `internet-facing` or `internal`.
        public var scheme: String?
        /// `application`, `network`, `gateway`.
        public var type: String?
        public var vpcId: String?
        public var state: String?
        public var subnets: [String]
        public var availabilityZones: [String]
        public var securityGroups: [String]

        init(_ xml: XMLTree) {
            arn = xml.string("LoadBalancerArn") ?? ""
            name = xml.string("LoadBalancerName") ?? ""
            dnsName = xml.string("DNSName")
            scheme = xml.string("Scheme")
            type = xml.string("Type")
            vpcId = xml.string("VpcId")
            state = xml.at("State")?.string("Code")
            let zones = xml["AvailabilityZones"]?.members ?? []
            subnets = zones.compactMap { $0.string("SubnetId") }
            availabilityZones = zones.compactMap { $0.string("ZoneName") }
            securityGroups = xml.strings("SecurityGroups")
        }
    }

    public struct Listener: Sendable, Equatable {
        public var arn: String
        public var loadBalancerArn: String
        public var port: Int?
        public var `protocol`: String?
        public var defaultActions: [Action]
        /// HTTPS/TLS listeners: the security policy and the certificates' ARNs.
        public var sslPolicy: String?
        public var certificateArns: [String]

        init(_ xml: XMLTree) {
            sslPolicy = xml.string("SslPolicy")
            certificateArns = xml["Certificates"]?.members.compactMap { $0.string("CertificateArn") } ?? []
            arn = xml.string("ListenerArn") ?? ""
            loadBalancerArn = xml.string("LoadBalancerArn") ?? ""
            port = xml.int("Port")
            `protocol` = xml.string("Protocol")
            defaultActions = xml["DefaultActions"]?.members.map(Action.init) ?? []
        }
    }

    public struct Action: Sendable, Equatable {
        /// `forward`, `redirect`, `fixed-response`, ...
        public var type: String
        public var order: Int?
        /// The target group of a simple forward, or the first of a weighted forward.
        public var targetGroupArn: String?
        public var forwardTargetGroups: [String]
        public var redirectStatusCode: String?
        public var redirectProtocol: String?
        public var redirectPort: String?
        public var fixedResponseStatusCode: String?

        init(_ xml: XMLTree) {
            type = xml.string("Type") ?? ""
            order = xml.int("Order")
            forwardTargetGroups = (xml.at("ForwardConfig", "TargetGroups")?.members ?? []).compactMap {
                $0.string("TargetGroupArn")
            }
            targetGroupArn = xml.string("TargetGroupArn") ?? forwardTargetGroups.first
            redirectStatusCode = xml.at("RedirectConfig")?.string("StatusCode")
            redirectProtocol = xml.at("RedirectConfig")?.string("Protocol")
            redirectPort = xml.at("RedirectConfig")?.string("Port")
            fixedResponseStatusCode = xml.at("FixedResponseConfig")?.string("StatusCode")
        }
    }

    public struct TargetGroup: Sendable, Equatable {
        public var arn: String
        public var name: String
        public var `protocol`: String?
        public var port: Int?
        public var vpcId: String?
        /// `instance`, `ip`, `lambda`, `alb`.
        public var targetType: String?
        public var healthCheckEnabled: Bool?
        public var healthCheckProtocol: String?
        public var healthCheckPort: String?
        public var healthCheckPath: String?
        public var healthCheckIntervalSeconds: Int?
        public var healthCheckTimeoutSeconds: Int?
        public var healthyThresholdCount: Int?
        public var unhealthyThresholdCount: Int?
        public var matcherHttpCode: String?
        public var loadBalancerArns: [String]

        init(_ xml: XMLTree) {
            arn = xml.string("TargetGroupArn") ?? ""
            name = xml.string("TargetGroupName") ?? ""
            `protocol` = xml.string("Protocol")
            port = xml.int("Port")
            vpcId = xml.string("VpcId")
            targetType = xml.string("TargetType")
            healthCheckEnabled = xml.bool("HealthCheckEnabled")
            healthCheckProtocol = xml.string("HealthCheckProtocol")
            healthCheckPort = xml.string("HealthCheckPort")
            healthCheckPath = xml.string("HealthCheckPath")
            healthCheckIntervalSeconds = xml.int("HealthCheckIntervalSeconds")
            healthCheckTimeoutSeconds = xml.int("HealthCheckTimeoutSeconds")
            healthyThresholdCount = xml.int("HealthyThresholdCount")
            unhealthyThresholdCount = xml.int("UnhealthyThresholdCount")
            matcherHttpCode = xml.at("Matcher")?.string("HttpCode")
            loadBalancerArns = xml.strings("LoadBalancerArns")
        }
    }

    public struct TargetHealth: Sendable, Equatable {
        public var targetId: String
        public var port: Int?
        /// `healthy`, `unhealthy`, `initial`, `draining`, `unused`, `unavailable`.
        public var state: String
        /// `Target.FailedHealthChecks`, `Elb.InitialHealthChecking`, ...
        public var reason: String?
        public var description: String?

        init(_ xml: XMLTree) {
            targetId = xml.at("Target")?.string("Id") ?? ""
            port = xml.at("Target")?.int("Port")
            state = xml.at("TargetHealth")?.string("State") ?? ""
            reason = xml.at("TargetHealth")?.string("Reason")
            description = xml.at("TargetHealth")?.string("Description")
        }
    }
}
