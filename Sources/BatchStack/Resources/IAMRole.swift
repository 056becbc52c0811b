import Template

/// `AWS::IAM::Role`.
public struct IAMRole: Resource {
    public static let typeName = "AWS::IAM::Role"

    public var roleName: Str
    public var description: String?
    public var assumeRolePolicy: PolicyDocument
    public var managedPolicyArns: [Str] = []
    public var policies: [InlinePolicy] = []

    public var properties: Properties {
        [
            "RoleName": roleName, "Description": description, "AssumeRolePolicyDocument": assumeRolePolicy,
            "ManagedPolicyArns": managedPolicyArns.isEmpty ? nil : managedPolicyArns,
            "Policies": policies.isEmpty ? nil : policies,
        ]
    }
}

extension IAMRole {
    /// A role one AWS service assumes, with at most one inline policy: every role of both stacks.
    public init(
        roleName: Str, description: String, assumedBy service: String, managedPolicyArns: [Str] = [],
        policy: InlinePolicy? = nil
    ) {
        self.init(
            roleName: roleName, description: description, assumeRolePolicy: .assumedBy(service: service),
            managedPolicyArns: managedPolicyArns, policies: policy.map { [$0] } ?? [])
    }

    /// The role ECS itself uses to start a task: pull the image, create the log stream. The AWS managed
    /// policy covers ECR and logs (its actions are the minimum ECS documents); `policy` adds the rest.
    public static func ecsTaskExecution(roleName: Str, description: String, policy: InlinePolicy? = nil) -> IAMRole {
        IAMRole(
            roleName: roleName, description: description, assumedBy: ecsTasksService,
            managedPolicyArns: [
                "arn:\(Pseudo.partition):iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
            ],
            policy: policy)
    }

    /// The principal of every ECS task role and task execution role.
    public static let ecsTasksService = "ecs-tasks.amazonaws.com"
}

/// An inline policy of a role.
public struct InlinePolicy: TemplateValue {
    public var name: String
    /// A `PolicyDocument`, or a document made elsewhere taken as it is (`stackcheck iam-policy`'s output,
    /// generated from the operations registry and never retyped here).
    public var document: any TemplateValue

    public var node: Node { (["PolicyName": name, "PolicyDocument": document] as Properties).node }
}

extension InlinePolicy {
    public init(name: String, statements: [PolicyStatement]) {
        self.init(name: name, document: PolicyDocument(statements))
    }
}

extension ResourceRef where R == IAMRole {
    /// `Ref` of a role is its name.
    public var name: Str { ref }
    public var arn: Str { attribute("Arn") }
}
