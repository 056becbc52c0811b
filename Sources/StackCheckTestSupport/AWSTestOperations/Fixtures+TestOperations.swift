import AWS
import Foundation

/// The bucket `deploy --s3-bucket` uses in tests and the demo.
extension S3 {
    /// Creates a bucket in the client's region.
    public func createBucket(_ bucket: String) async throws {
        let url = try objectURL(bucket: bucket, key: "")
        let region = client.region
        let body =
            region == "us-east-1"
            ? []
            : Array(
                ("<CreateBucketConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                    + "<LocationConstraint>\(region)</LocationConstraint></CreateBucketConfiguration>").utf8)
        _ = try await client.rest(.testOnly(.s3, "CreateBucket")) { _ in
            HTTPRequest(method: "PUT", url: URL(string: String(url.absoluteString.dropLast()))!, body: body)
        }
    }
}

/// Every resource of a stack in one answer (at most 100; stackcheck itself pages ListStackResources).
extension CloudFormation {
    public func describeStackResources(stackName: String) async throws -> [StackResource] {
        let result = try await client.query(
            .testOnly(.cloudFormation, "DescribeStackResources"), QueryParameters(["StackName": stackName]))
        return result.list("StackResources", StackResource.init)
    }
}

/// Scaling set up, or changed out of band, beside a stack.
extension ApplicationAutoScaling {
    /// Creates or replaces a scaling policy; returns its ARN.
    public func putScalingPolicy(_ policy: ScalingPolicy) async throws -> String {
        var input = policy
        input.policyARN = nil
        return try await client.json(
            .testOnly(.applicationAutoScaling, "PutScalingPolicy"), input, as: PolicyARN.self
        ).policyARN ?? ""
    }

    /// Registers an ECS service's desired count as a scalable target, or changes the bounds of one.
    public func registerScalableTarget(resourceId: String, minCapacity: Int, maxCapacity: Int) async throws {
        try await client.json(
            .testOnly(.applicationAutoScaling, "RegisterScalableTarget"),
            [
                "ServiceNamespace": .string("ecs"), "ResourceId": .string(resourceId),
                "ScalableDimension": .string("ecs:service:DesiredCount"), "MinCapacity": .int(minCapacity),
                "MaxCapacity": .int(maxCapacity),
            ])
    }
}

/// Log group settings changed out of band, and log groups removed after a test.
extension CloudWatchLogs {
    public func putRetentionPolicy(logGroupName: String, retentionInDays: Int) async throws {
        try await client.json(
            .testOnly(.cloudWatchLogs, "PutRetentionPolicy"),
            ["logGroupName": .string(logGroupName), "retentionInDays": .int(retentionInDays)])
    }

    public func deleteLogGroup(logGroupName: String) async throws {
        try await client.json(.testOnly(.cloudWatchLogs, "DeleteLogGroup"), ["logGroupName": .string(logGroupName)])
    }
}

private struct PolicyARN: Decodable {
    var policyARN: String?
}

