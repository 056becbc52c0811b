import AWS
import Findings
import Template

/// Turns declared operations into a least-privilege policy: one statement per kind of resource, each
/// as narrow as IAM allows for that action, with the reason for every `*`.
public struct IAMPolicyBuilder: Sendable {
    /// Where the stack lives; `*` for any. `stack` may itself be a pattern (`ecs-batch-*`).
    public var partition: String
    public var region: String
    public var account: String
    public var stack: String
    /// The template whose resource names scope the cluster, services and roles.
    public var template: Node

    /// AWS answers these whatever the caller's policy says, so granting them would only widen it.
    public static let alwaysAllowed: Set<String> = ["sts:GetCallerIdentity"]

    public init(
        partition: String = "aws", region: String = "*", account: String = "*", stack: String = "*",
        template: Node
    ) {
        self.partition = partition
        self.region = region
        self.account = account
        self.stack = stack
        self.template = template
    }

    public func policy(for operations: [AWSOperation], notes: [String] = []) -> IAMPolicy {
        let granted = Set(operations).filter { !Self.alwaysAllowed.contains($0.iamAction) }
        var groups: [IAMResourceKind: [String]] = [:]
        for operation in granted { groups[operation.resource, default: []].append(operation.iamAction) }
        var statements: [IAMPolicy.Statement] = []
        for kind in Self.order(groups.keys) {
            let (sid, resources, reason) = scope(kind)
            statements.append(
                IAMPolicy.Statement(
                    sid: sid, actions: Array(Set(groups[kind]!)).sorted(), resources: resources, reason: reason))
        }
        var allNotes = notes
        let skipped = Set(operations.map(\.iamAction)).intersection(Self.alwaysAllowed)
        for action in skipped.sorted() { allNotes.append("\(action) is always allowed by AWS, so it is not granted") }
        return IAMPolicy(statements: statements, notes: allNotes)
    }

    /// Scoped statements first, then the unscoped ones by name, so the output is stable.
    static func order(_ kinds: some Sequence<IAMResourceKind>) -> [IAMResourceKind] {
        func rank(_ kind: IAMResourceKind) -> (Int, String) {
            switch kind {
            case .stack: (0, "")
            case .ecsCluster: (1, "")
            case .ecsService: (2, "")
            case .ecsTask: (3, "")
            case .iamRole: (3, "a")
            case .logGroups: (4, "")
            case .unscoped(let sid, _): (5, sid)
            }
        }
        return kinds.sorted { rank($0) < rank($1) }
    }

    func scope(_ kind: IAMResourceKind) -> (sid: String, resources: [String], reason: String) {
        let names = ResourceNamePattern(stack: stack, region: region)
        let arn = { (service: String, resource: String) in
            ARN(partition: partition, service: service, region: region, account: account, resource: resource)
                .description
        }
        switch kind {
        case .stack:
            return (
                "CloudFormationStack", [arn("cloudformation", "stack/\(stack)/*")],
                "CloudFormation actions on the stack itself, by its name (the trailing * is the stack id)"
            )
        case .ecsCluster, .ecsService, .ecsTask:
            // The template's cluster names scope the cluster, its services and its tasks alike.
            let clusters = orAll(names.names(of: "AWS::ECS::Cluster", property: "ClusterName", in: template))
            let (sid, resource, reason): (String, (String) -> String, String) =
                switch kind {
                case .ecsCluster:
                    ("ECSCluster", { "cluster/\($0)" }, "the stack's ECS cluster, by the name its template gives it")
                case .ecsService:
                    (
                        "ECSServices", { "service/\($0)/*" },
                        "services of the stack's cluster (any service name: the stack's services are all there)"
                    )
                default:
                    (
                        "ECSTasks", { "task/\($0)/*" },
                        "tasks of the stack's cluster (smoke reads stopped tasks to say why a service is short)"
                    )
                }
            return (sid, clusters.map { arn("ecs", resource($0)) }, reason)
        case .iamRole:
            let roles = orAll(names.names(of: "AWS::IAM::Role", property: "RoleName", in: template))
            return (
                "IAMRoles",
                roles.map {
                    ARN(partition: partition, service: "iam", region: "", account: account, resource: "role/\($0)")
                        .description
                },
                "the stack's roles, by the names its template gives them (IAM is global: no region)"
            )
        case .logGroups:
            return (
                "CloudWatchLogsListIsAccountWide", [arn("logs", "log-group:*")],
                "DescribeLogGroups is authorized against all log groups of the account and region, "
                    + "so a name prefix cannot narrow it"
            )
        case .unscoped(let sid, let reason):
            return (sid, ["*"], reason)
        }
    }

    private func orAll(_ patterns: [String]) -> [String] { patterns.isEmpty ? ["*"] : patterns }
}
