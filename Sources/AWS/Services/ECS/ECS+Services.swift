import FoundationEssentials

// Member names follow ECS's JSON, so Codable maps them directly. Everything is optional: the service
// leaves out what is unset, and a missing field must read as "not reported", never fail the call.
extension ECS {
    public struct Failure: Sendable, Equatable, Codable {
        public var arn: String?
        public var reason: String?
        public var detail: String?
    }

    public struct Cluster: Sendable, Equatable, Codable {
        public var clusterArn: String?
        public var clusterName: String?
        public var status: String?
        public var settings: [NameValue]?
        public var runningTasksCount: Int?
        public var activeServicesCount: Int?
        /// Only with `include: TAGS`, which `describeClusters` asks for.
        public var tags: [Tag]?

        /// `enabled`/`disabled`/`enhanced`, or nil when the cluster reports no such setting.
        public var containerInsights: String? { settings?.first { $0.name == "containerInsights" }?.value }
    }

    public struct NameValue: Sendable, Equatable, Codable {
        public var name: String?
        public var value: String?
    }

    /// A service with what the smoke probes watch (counts, deployments, events) and every setting
    /// `AWS::ECS::Service` properties map to, which drift compares.
    public struct Service: Sendable, Equatable, Codable {
        public var serviceArn: String?
        public var serviceName: String?
        public var clusterArn: String?
        public var status: String?
        public var desiredCount: Int?
        public var runningCount: Int?
        public var pendingCount: Int?
        public var launchType: String?
        public var taskDefinition: String?
        public var networkConfiguration: NetworkConfiguration?
        public var loadBalancers: [LoadBalancer]?
        public var deployments: [Deployment]?
        public var events: [ServiceEvent]?
        public var healthCheckGracePeriodSeconds: Int?
        public var platformVersion: String?
        public var propagateTags: String?
        public var enableECSManagedTags: Bool?
        public var enableExecuteCommand: Bool?
        public var schedulingStrategy: String?
        public var deploymentConfiguration: DeploymentConfiguration?
        public var placementConstraints: [Placement]?
        public var placementStrategy: [Placement]?
        /// Only when asked for (`describeServices(..., tags: true)`).
        public var tags: [Tag]?
    }

    public struct DeploymentConfiguration: Sendable, Equatable, Codable {
        public struct CircuitBreaker: Sendable, Equatable, Codable {
            public var enable: Bool?
            public var rollback: Bool?
        }

        public var deploymentCircuitBreaker: CircuitBreaker?
        public var maximumPercent: Int?
        public var minimumHealthyPercent: Int?
    }

    /// A placement constraint (`type`, `expression`) or strategy (`type`, `field`).
    public struct Placement: Sendable, Equatable, Codable {
        public var type: String?
        public var expression: String?
        public var field: String?
    }

    public struct Tag: Sendable, Equatable, Codable {
        public var key: String?
        public var value: String?
    }

    public struct NetworkConfiguration: Sendable, Equatable, Codable {
        public var awsvpcConfiguration: AwsVpcConfiguration?
    }

    public struct AwsVpcConfiguration: Sendable, Equatable, Codable {
        public var subnets: [String]?
        public var securityGroups: [String]?
        /// `ENABLED` or `DISABLED`.
        public var assignPublicIp: String?
    }

    public struct LoadBalancer: Sendable, Equatable, Codable {
        public var targetGroupArn: String?
        public var loadBalancerName: String?
        public var containerName: String?
        public var containerPort: Int?
    }

    public struct Deployment: Sendable, Equatable, Codable {
        public var id: String?
        /// `PRIMARY`, `ACTIVE`, `INACTIVE`.
        public var status: String?
        /// `COMPLETED`, `IN_PROGRESS`, `FAILED`.
        public var rolloutState: String?
        public var rolloutStateReason: String?
        public var taskDefinition: String?
        public var desiredCount: Int?
        public var runningCount: Int?
        public var pendingCount: Int?
    }

    public struct ServiceEvent: Sendable, Equatable, Codable {
        public var id: String?
        public var createdAt: Date?
        public var message: String?
    }

    struct ClustersOutput: Decodable {
        var clusters: [Cluster]?
        var failures: [Failure]?
    }

    struct ServicesOutput: Decodable {
        var services: [Service]?
        var failures: [Failure]?
    }
}
