import AWS
import Findings
import Template
import TemplateDiff

/// `AWS::IAM::Role`: GetRole, its inline policies (ListRolePolicies, GetRolePolicy) and managed
/// policies (ListAttachedRolePolicies). Policy documents compare as IAM evaluates them.
struct IAMRoleChecker: ResourceChecker {
    let resourceType = "AWS::IAM::Role"
    let operations = IAM.Operation.list(
        .getRole, .listAttachedRolePolicies, .listRolePolicies, .getRolePolicy, .listRoleTags)

    let readsWhenSet: [String: AWSOperation] = ["Tags": IAM.Operation.listRoleTags.operation]
    let serviceName = "IAM"
    var comparisonRules: [NormalizationRule] {
        [
            .iamPolicy(at: ["/Properties/AssumeRolePolicyDocument", "/Properties/Policies/*/PolicyDocument"]),
            .set(at: "/Properties/ManagedPolicyArns"), .keyed(by: "PolicyName", at: "/Properties/Policies"),
            .tags(at: "/Properties/Tags"),
        ]
    }

    func observe(_ target: CheckTarget, client: AWSClient) async throws -> LiveResource {
        let name = target.physicalId
        let role: IAM.Role
        do {
            role = try await client.iam.getRole(roleName: name)
        } catch let error as AWSError where error.code == .noSuchEntity {
            return .deleted("IAM has no role \(name)")
        }
        var shape = Shape(["RoleName": role.roleName, "Path": role.path, "Description": role.description ?? ""])
        // An unreadable document makes only its own property "not checked", not the whole role.
        var unreadable: [String: String] = [:]
        do {
            shape["AssumeRolePolicyDocument"] = try role.assumeRolePolicyDocument.map {
                try Self.document($0, "trust policy of \(name)")
            }
        } catch {
            unreadable["AssumeRolePolicyDocument"] = "\(error)"
        }
        let attached = try await client.iam.listAttachedRolePolicies(roleName: name)
        shape.set("ManagedPolicyArns", strings: attached.map(\.policyArn))
        var policies: [Shape] = []
        for policyName in try await client.iam.listRolePolicies(roleName: name) {
            let text = try await client.iam.getRolePolicy(roleName: name, policyName: policyName)
            var item = Shape()
            item.set("PolicyName", policyName)
            do {
                item["PolicyDocument"] = try Self.document(text, "policy \(policyName) of \(name)")
            } catch {
                unreadable["Policies"] = "\(error)"
            }
            policies.append(item)
        }
        shape.set("Policies", shapes: policies)
        var live = LiveResource(properties: shape.mapping, unreadable: unreadable)
        live.attributes["Arn"] = .string(role.arn)
        try await live.readKeyValues("Tags", of: target) { try await client.iam.listRoleTags(roleName: name) }
        live.notRead(["MaxSessionDuration", "PermissionsBoundary"], from: "IAM GetRole")
        return live
    }

    static func document(_ text: String, _ what: String) throws -> Node {
        do {
            return try TemplateReader.read(Array(text.utf8), file: what, format: .json)
        } catch {
            throw DriftError(Diagnostic(message: "IAM answered \(what) that is not JSON (\(error))"))
        }
    }
}
