import AWS
import Template
import TemplateDiff

/// `AWS::ECS::Cluster`: name and settings (Container Insights) from DescribeClusters.
struct ECSClusterChecker: ResourceChecker {
    let resourceType = "AWS::ECS::Cluster"
    let operations = ECS.Operation.list(.describeClusters)
    let serviceName = "ECS"
    var comparisonRules: [NormalizationRule] {
        [.keyed(by: "Name", at: "/Properties/ClusterSettings"), .keyed(by: "Key", at: "/Properties/Tags")]
    }

    func attributes(physicalId: String, pseudo: PseudoParameters) -> [String: Node] {
        ["Arn": .string("arn:\(pseudo.partition):ecs:\(pseudo.region):\(pseudo.accountId):cluster/\(physicalId)")]
    }

    func observe(_ target: CheckTarget, client: AWSClient) async throws -> LiveResource {
        let answer = try await client.ecs.describeClusters([target.physicalId])
        guard let cluster = answer.clusters.first, cluster.status != "INACTIVE" else {
            let reason = answer.failures.first?.reason ?? answer.clusters.first?.status ?? "MISSING"
            return .deleted("ECS has no active cluster \(target.physicalId) (\(reason))")
        }
        var shape = Shape()
        shape.set("ClusterName", cluster.clusterName)
        shape.set(
            "ClusterSettings",
            shapes: cluster.settings?.map { setting in
                Shape(["Name": setting.name, "Value": setting.value])
            } ?? [])
        var live = LiveResource(properties: shape.mapping)
        live.properties["Tags"] = KeyValueProperties.live(
            (cluster.tags ?? []).map { ($0.key ?? "", $0.value ?? "") }, for: "Tags", in: target)
        if let arn = cluster.clusterArn { live.attributes["Arn"] = .string(arn) }
        for name in [
            "CapacityProviders", "DefaultCapacityProviderStrategy", "Configuration",
            "ServiceConnectDefaults",
        ] {
            live.unreadable[name] = "ECS DescribeClusters is not asked for \(name) by stackcheck"
        }
        return live
    }
}
