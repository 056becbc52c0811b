import AWS
import Template

/// `AWS::ElasticLoadBalancingV2::Listener`: from DescribeListeners of its load balancer.
struct ListenerChecker: ResourceChecker {
    let resourceType = "AWS::ElasticLoadBalancingV2::Listener"
    let operations = ELBv2.Operation.list(.describeListeners)
    let serviceName = "Elastic Load Balancing"

    func attributes(physicalId: String, pseudo: PseudoParameters) -> [String: Node] {
        ["ListenerArn": .string(physicalId)]
    }

    /// A listener ARN names its load balancer: `...:listener/app/name/lbid/listenerid`.
    static func loadBalancerArn(ofListener arn: String) -> String? {
        guard let listener = ARN(arn), listener.resourceType == "listener", listener.resourcePath.count == 4 else {
            return nil
        }
        return listener.with(resource: "loadbalancer/" + listener.resourcePath.prefix(3).joined(separator: "/"))
            .description
    }

    func observe(_ target: CheckTarget, client: AWSClient) async throws -> LiveResource {
        guard let balancer = Self.loadBalancerArn(ofListener: target.physicalId) ?? target.string("LoadBalancerArn")
        else {
            return LiveResource(unreadable: ["LoadBalancerArn": "the listener's load balancer is not known"])
        }
        let listeners: [ELBv2.Listener]
        do {
            listeners = try await client.elbv2.describeListeners(loadBalancerArn: balancer)
        } catch let error as AWSError where [.loadBalancerNotFound, .listenerNotFound].contains(error.code) {
            return .deleted("Elastic Load Balancing has no listener \(target.physicalId) (\(error.code))")
        }
        guard let listener = listeners.first(where: { $0.arn == target.physicalId }) else {
            return .deleted("Elastic Load Balancing has no listener \(target.physicalId)")
        }
        var shape = Shape([
            "LoadBalancerArn": listener.loadBalancerArn, "Port": listener.port, "Protocol": listener.protocol,
        ])
        shape.set(
            "DefaultActions",
            shapes: listener.defaultActions.map { action in
                Shape(["Type": action.type, "Order": action.order, "TargetGroupArn": action.targetGroupArn])
            })
        shape.set("SslPolicy", listener.sslPolicy)
        // DescribeListeners gives the default certificate; the template lists it as `[{"CertificateArn": ...}]`.
        shape.set(
            "Certificates",
            shapes: listener.certificateArns.isEmpty
                ? nil : listener.certificateArns.map { ECSTaskDefinitionChecker.pair("CertificateArn", $0, "", nil) })
        var live = LiveResource(properties: shape.mapping)
        live.attributes["ListenerArn"] = .string(listener.arn)
        live.notRead(["AlpnPolicy", "MutualAuthentication", "ListenerAttributes"], from: "Elastic Load Balancing")
        return live
    }
}
