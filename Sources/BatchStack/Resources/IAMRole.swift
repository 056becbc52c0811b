import Template

/// `AWS::IAM::Role`.
public struct IAMRole: Resource {
    public static let typeName = "AWS::IAM::Role"

    public var roleName: Str
    public var description: String?
    public var assumeRolePolicy: PolicyDocument
    public var managedPolicyArns: [Str]
    public var policies: [InlinePolicy]

    public init(
        roleName: Str, description: String? = nil, assumeRolePolicy: PolicyDocument, managedPolicyArns: [Str] = [],
        policies: [InlinePolicy] = []
    ) {
        self.roleName = roleName
        self.description = description
        self.assumeRolePolicy = assumeRolePolicy
        self.managedPolicyArns = managedPolicyArns
        self.policies = policies
    }

    public var properties: Properties {
        [
            "RoleName": roleName, "Description": description, "AssumeRolePolicyDocument": assumeRolePolicy,
            "ManagedPolicyArns": managedPolicyArns.isEmpty ? nil : managedPolicyArns,
            "Policies": policies.isEmpty ? nil : policies,
        ]
    }
}

/// An inline policy of a role.
public struct InlinePolicy: TemplateValue {
    public var name: String
    public var document: PolicyDocument

    public init(name: String, document: PolicyDocument) {
        self.name = name
        self.document = document
    }

    public var node: Node {
        var p = Properties()
        p["PolicyName"] = name
        p["PolicyDocument"] = document
        return p.node
    }
}

extension ResourceRef where R == IAMRole {
    /// `Ref` of a role is its name.
    public var name: Str { ref }
    public var arn: Str { attribute("Arn") }
}
