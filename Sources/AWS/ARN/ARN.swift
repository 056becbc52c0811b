/// An Amazon Resource Name: `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE`, read once instead of split
/// by hand wherever an ARN is looked into.
///
/// The resource part is `TYPE/ID`, `TYPE:ID` or a bare id, as the service chose: `stack/NAME/UUID`,
/// `log-group:/ecs/app:*`, `service/CLUSTER/NAME`, `task-definition/FAMILY:3`. Its type is what comes before
/// the first `/` or `:`; the rest may hold either separator. (S3's `bucket/key` has no type; its "type" reads
/// as the bucket.)
public struct ARN: Sendable, Hashable, CustomStringConvertible {
    public var partition: String
    public var service: String
    /// Empty for global resources (IAM, S3).
    public var region: String
    /// Empty for S3 buckets.
    public var account: String
    /// Everything after the fifth colon.
    public var resource: String

    public init(partition: String, service: String, region: String, account: String, resource: String) {
        self.partition = partition
        self.service = service
        self.region = region
        self.account = account
        self.resource = resource
    }

    /// Reads `text` as an ARN; nil when it is not one (a name, a short id, too few fields).
    public init?(_ text: String) {
        let fields = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard fields.count == 6, fields[0] == "arn", !fields[1].isEmpty, !fields[2].isEmpty, !fields[5].isEmpty
        else { return nil }
        self.init(
            partition: String(fields[1]), service: String(fields[2]), region: String(fields[3]),
            account: String(fields[4]), resource: String(fields[5]))
    }

    public var description: String { "arn:\(partition):\(service):\(region):\(account):\(resource)" }

    /// `security-group` of `security-group/sg-1`, `log-group` of `log-group:/ecs/app:*`; nil for a bare id.
    public var resourceType: String? {
        resource.firstIndex { $0 == "/" || $0 == ":" }.map { String(resource[..<$0]) }
    }

    /// What follows the type: `sg-1`, `/ecs/app:*`, `CLUSTER/NAME`; the whole resource for a bare id.
    public var resourceId: String {
        guard let separator = resource.firstIndex(where: { $0 == "/" || $0 == ":" }) else { return resource }
        return String(resource[resource.index(after: separator)...])
    }

    /// The `/`-separated parts of the resource id: `[CLUSTER, NAME]` of `service/CLUSTER/NAME`.
    public var resourcePath: [String] {
        resourceId.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    }

    /// The last part of the resource id: a service's or a role's name, a task definition's `FAMILY:3`.
    public var name: String { resourcePath.last ?? resourceId }

    /// The same ARN naming another resource of the same service, region and account.
    public func with(resource: String) -> ARN {
        var copy = self
        copy.resource = resource
        return copy
    }
}

extension ARN {
    /// Whether `text` is an ARN rather than a name or short id.
    public static func isARN(_ text: String) -> Bool { ARN(text) != nil }

    /// The name in an ARN (its last resource part), or of a short id (`service/NAME`), or the text itself.
    public static func lastComponent(_ text: String) -> String {
        if let arn = ARN(text) { return arn.name }
        return String(text.split(separator: "/").last ?? Substring(text))
    }
}
