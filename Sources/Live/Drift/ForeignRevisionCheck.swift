import AWS
import Findings
import Template

/// A service running a task definition revision other than the stack's: the service's `TaskDefinition` finding
/// alone says only that an ARN changed. This reads the revision the service really runs and compares it with what
/// the template would register (the task definition resource the service refers to), so the report names what
/// changed inside: an image, an environment variable, a secret, cpu/memory, ports, log configuration, at their
/// pointers under that task definition resource, with both values.
struct ForeignRevisionCheck: Sendable {
    var client: AWSClient
    var template: Node
    var resolver: IntrinsicResolver

    static let operations = ECS.Operation.list(.describeTaskDefinition)

    /// The task definition resource a service's `TaskDefinition` refers to, when it is a plain `Ref`.
    static func referencedTaskDefinition(_ service: Mapping, in template: Node) -> String? {
        guard let name = service["TaskDefinition"]?["Ref"]?.stringValue,
            template["Resources"]?[name]?["Type"]?.stringValue == "AWS::ECS::TaskDefinition"
        else { return nil }
        return name
    }

    /// Findings under the task definition resource for the revision `running` that `serviceId` runs; throws
    /// `AWSError` when the revision cannot be read.
    func findings(serviceId: String, properties: Mapping, running: String) async throws -> [Finding] {
        guard let definitionId = Self.referencedTaskDefinition(properties, in: template),
            let declared = template["Resources"]?[definitionId]?["Properties"]?.mappingValue
        else { return [] }
        let definition = try await client.ecs.describeTaskDefinition(running)
        let checker = ECSTaskDefinitionChecker()
        let comparison = PropertyComparison(
            logicalId: definitionId, resourceType: checker.resourceType,
            serviceName: "the revision \(serviceId) runs (\(ARN.lastComponent(running)))",
            rules: checker.comparisonRules)
        let live = LiveResource(properties: ECSTaskDefinitionChecker.shape(definition))
        // The family is the stack's by construction (same family, another revision) or tells the real story.
        return comparison.compare(properties: declared, resolver: resolver, live: live).findings
    }
}
