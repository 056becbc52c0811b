import AWS
import Template
import TemplateDiff

/// `AWS::Logs::LogGroup`: DescribeLogGroups by name. No retention in the answer means "never expire".
struct LogGroupChecker: ResourceChecker {
    let resourceType = "AWS::Logs::LogGroup"
    let operations = CloudWatchLogs.Operation.list(.describeLogGroups, .listTagsForResource)
    let serviceName = "CloudWatch Logs"
    var comparisonRules: [NormalizationRule] { [.keyed(by: "Key", at: "/Properties/Tags")] }

    let readsWhenSet: [String: AWSOperation] = ["Tags": CloudWatchLogs.Operation.listTagsForResource.operation]

    func attributes(physicalId: String, pseudo: PseudoParameters) -> [String: Node] {
        ["Arn": .string(Self.arn(physicalId, pseudo))]
    }

    static func arn(_ name: String, _ pseudo: PseudoParameters) -> String {
        "arn:\(pseudo.partition):logs:\(pseudo.region):\(pseudo.accountId):log-group:\(name):*"
    }

    func observe(_ target: CheckTarget, client: AWSClient) async throws -> LiveResource {
        guard let group = try await client.logs.logGroup(named: target.physicalId) else {
            return .deleted("CloudWatch Logs has no log group \(target.physicalId)")
        }
        let shape = Shape(["LogGroupName": group.logGroupName, "RetentionInDays": group.retentionInDays])
        var live = LiveResource(properties: shape.mapping)
        if let arn = group.arn { live.attributes["Arn"] = .string(arn) }
        try await live.readKeyValues("Tags", of: target) {
            try await client.logs.listTagsForResource(
                arn: group.arn ?? Self.arn(target.physicalId, target.resolver.context.pseudo))
        }
        live.notRead(
            ["KmsKeyId", "DataProtectionPolicy", "LogGroupClass", "FieldIndexPolicies"], from: "CloudWatch Logs")
        return live
    }
}
