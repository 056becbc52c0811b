import AWS
import Template

/// `AWS::ApplicationAutoScaling::ScalableTarget`: DescribeScalableTargets. Its physical id is
/// `resource-id|scalable-dimension|service-namespace`, as CloudFormation makes it.
struct ScalableTargetChecker: ResourceChecker {
    let resourceType = "AWS::ApplicationAutoScaling::ScalableTarget"
    let operations = ApplicationAutoScaling.Operation.list(.describeScalableTargets)
    let serviceName = "Application Auto Scaling"

    struct Key: Equatable {
        var resourceId: String
        var dimension: String
        var namespace: String

        var physicalId: String { "\(resourceId)|\(dimension)|\(namespace)" }

        init?(physicalId: String) {
            let parts = physicalId.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3 else { return nil }
            (resourceId, dimension, namespace) = (parts[0], parts[1], parts[2])
        }

        init(resourceId: String, dimension: String, namespace: String) {
            (self.resourceId, self.dimension, self.namespace) = (resourceId, dimension, namespace)
        }
    }

    func attributes(physicalId: String, pseudo: PseudoParameters) -> [String: Node] { ["Id": .string(physicalId)] }

    func observe(_ target: CheckTarget, client: AWSClient) async throws -> LiveResource {
        guard
            let key = Key(physicalId: target.physicalId)
                ?? target.string("ResourceId").flatMap({ resource in
                    target.string("ScalableDimension").flatMap { dimension in
                        target.string("ServiceNamespace").map {
                            Key(resourceId: resource, dimension: dimension, namespace: $0)
                        }
                    }
                })
        else { return LiveResource(unreadable: ["ResourceId": "the scalable target's id cannot be worked out"]) }
        let found = try await client.applicationAutoScaling.describeScalableTargets(
            serviceNamespace: key.namespace, resourceIds: [key.resourceId]
        ).first { $0.scalableDimension == key.dimension }
        guard let scalable = found else {
            return .deleted("Application Auto Scaling has no scalable target \(key.physicalId)")
        }
        let shape = Shape([
            "ResourceId": scalable.resourceId, "ScalableDimension": scalable.scalableDimension,
            "ServiceNamespace": scalable.serviceNamespace, "MinCapacity": scalable.minCapacity,
            "MaxCapacity": scalable.maxCapacity, "RoleARN": scalable.roleARN,
        ])
        var live = LiveResource(properties: shape.mapping)
        live.attributes["Id"] = .string(key.physicalId)
        live.notRead(["SuspendedState", "ScheduledActions"], from: "Application Auto Scaling")
        return live
    }
}
