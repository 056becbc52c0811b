import Template

/// `AWS::IAM::Role` whose one inline policy is a document made elsewhere (`stackcheck iam-policy`'s
/// output), taken as it is: the policy is generated from the operations registry, never retyped here.
public struct GeneratedPolicyRole: Resource {
    public static let typeName = "AWS::IAM::Role"

    public var roleName: Str
    public var description: String
    public var assumeRolePolicy: PolicyDocument
    public var managedPolicyArns: [Str]
    public var policyName: String
    public var document: Node

    public init(
        roleName: Str, description: String, assumeRolePolicy: PolicyDocument, managedPolicyArns: [Str] = [],
        policyName: String, document: Node
    ) {
        self.roleName = roleName
        self.description = description
        self.assumeRolePolicy = assumeRolePolicy
        self.managedPolicyArns = managedPolicyArns
        self.policyName = policyName
        self.document = document
    }

    public var properties: Properties {
        var p = Properties()
        p["RoleName"] = roleName
        p["Description"] = description
        p["AssumeRolePolicyDocument"] = assumeRolePolicy
        if !managedPolicyArns.isEmpty { p["ManagedPolicyArns"] = managedPolicyArns }
        var policy = Properties()
        policy["PolicyName"] = policyName
        policy["PolicyDocument"] = document
        p["Policies"] = [policy]
        return p
    }
}

extension ResourceRef where R == GeneratedPolicyRole {
    public var arn: Str { attribute("Arn") }
}
