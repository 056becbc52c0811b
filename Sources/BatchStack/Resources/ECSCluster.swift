/// `AWS::ECS::Cluster`.
public struct ECSCluster: Resource {
    public static let typeName = "AWS::ECS::Cluster"

    public var clusterName: Str
    /// CloudWatch Container Insights: per-task CPU, memory and network metrics.
    public var containerInsights: Bool

    public var properties: Properties {
        let setting: Properties = ["Name": "containerInsights", "Value": containerInsights ? "enabled" : "disabled"]
        return ["ClusterName": clusterName, "ClusterSettings": [setting]]
    }
}

extension ResourceRef where R == ECSCluster {
    /// `Ref` of a cluster is its name.
    public var name: Str { ref }
    public var arn: Str { attribute("Arn") }
}
