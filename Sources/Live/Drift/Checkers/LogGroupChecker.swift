import AWS
import Template

/// `AWS::Logs::LogGroup`: DescribeLogGroups by name. No retention in the answer means "never expire".
struct LogGroupChecker: ResourceChecker {
    let resourceType = "AWS::Logs::LogGroup"
    let operations = [CloudWatchLogs.Operation.describeLogGroups]
    let serviceName = "CloudWatch Logs"

    func attributes(physicalId: String, pseudo: PseudoParameters) -> [String: Node] {
        ["Arn": .string("arn:\(pseudo.partition):logs:\(pseudo.region):\(pseudo.accountId):log-group:\(physicalId):*")]
    }

    func observe(_ target: CheckTarget, client: AWSClient) async throws -> LiveResource {
        guard let group = try await client.logs.logGroup(named: target.physicalId) else {
            return .deleted("CloudWatch Logs has no log group \(target.physicalId)")
        }
        var shape = Shape()
        shape.set("LogGroupName", group.logGroupName)
        shape.set("RetentionInDays", group.retentionInDays)
        var live = LiveResource(properties: shape.mapping)
        if let arn = group.arn { live.attributes["Arn"] = .string(arn) }
        for name in ["KmsKeyId", "DataProtectionPolicy", "LogGroupClass", "Tags", "FieldIndexPolicies"] {
            live.unreadable[name] = "\(name) is not read from CloudWatch Logs by stackcheck"
        }
        return live
    }
}
