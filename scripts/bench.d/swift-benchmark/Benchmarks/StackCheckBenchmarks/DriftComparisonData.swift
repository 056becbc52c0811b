import Live
import Template

/// The drift comparison of the reference stack (Golden/template.yaml) as `stackcheck drift` runs it once the
/// services have answered: every resource a checker reads, its properties resolved against a stack's
/// parameters and physical ids and compared with a live resource holding the same values. In sync, so
/// every property is walked to the end, which is the costly case.
struct DriftComparisonData {
    struct Item {
        var comparison: PropertyComparison
        var properties: Mapping
        var live: LiveResource
    }

    var resolver: IntrinsicResolver
    var items: [Item] = []

    init(template: Node) {
        let resources = template["Resources"]?.mappingValue ?? Mapping()
        var physicalIds: [String: String] = [:]
        for entry in resources.entries { physicalIds[entry.key] = "bench-\(entry.key.lowercased())-0123456789" }
        let parameters = [
            "EnvironmentSuffix": "bench", "VpcId": "vpc-0123456789abcdef0",
            "PrivateSubnetIds": "subnet-0a1b2c3d4e5f60718,subnet-0a1b2c3d4e5f60719",
            "PublicSubnetIds": "subnet-0a1b2c3d4e5f60720,subnet-0a1b2c3d4e5f60721",
            "DataIngestionImageUri": "busybox", "TransactionProcessingImageUri": "busybox",
            "ReportGenerationImageUri": "busybox", "XRayImageUri": "xray",
            "SecretsManagerArn": "arn:aws:secretsmanager:us-east-2:123456789012:secret:db-AbCdEf",
            "S3BucketName": "stackcheck-bench",
        ]
        let pseudo = PseudoParameters(
            region: "us-east-2", stackName: "bench-drift",
            stackId: "arn:aws:cloudformation:us-east-2:123456789012:stack/bench-drift/0123")
        resolver = IntrinsicResolver(
            context: ResolverContext(
                template: template, parameterValues: parameters, physicalIds: physicalIds, pseudo: pseudo))
        for entry in resources.entries {
            guard let type = entry.value["Type"]?.stringValue, let checker = CheckerRegistry.standard[type] else {
                continue
            }
            let properties = entry.value["Properties"]?.mappingValue ?? Mapping()
            var live = Mapping()
            for property in properties.entries {
                if case .value(let value) = resolver.resolve(property.value) {
                    live.entries.append(.init(key: property.key, value: value))
                }
            }
            let comparison = PropertyComparison(
                logicalId: entry.key, resourceType: type, serviceName: checker.serviceName,
                rules: checker.comparisonRules)
            items.append(Item(comparison: comparison, properties: properties, live: LiveResource(properties: live)))
        }
    }

    /// The number of findings and coverage entries, so the work cannot be optimised away.
    func compareAll() -> Int {
        var count = 0
        for item in items {
            let result = item.comparison.compare(properties: item.properties, resolver: resolver, live: item.live)
            count += result.findings.count + result.coverage.count
        }
        return count
    }
}
