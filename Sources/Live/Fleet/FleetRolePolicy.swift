import AWS
import Findings
import Report

/// What a fleet run needs besides each command's own operations: `sts:AssumeRole` on the `roleArn`s its
/// stacks file names (the run assumes them with its own credentials, before any of that stack's calls),
/// taken from the file itself, so the grant is exactly the roles the fleet uses.
public enum FleetRolePolicy {
    public static let operation = AWSOperation(.sts, "AssumeRole", .iamRole)

    /// nil when no entry names a role.
    public static func statement(for stacks: [FleetStack]) -> IAMPolicy.Statement? {
        let roles = Set(stacks.compactMap(\.roleArn)).sorted()
        guard !roles.isEmpty else { return nil }
        return IAMPolicy.Statement(
            sid: "AssumeFleetRoles", actions: [operation.iamAction], resources: roles,
            reason: "the roleArn of each --stacks-file entry, by its ARN; each role needs the rest of this policy "
                + "(without this statement) in its own account, and a trust policy naming this principal")
    }
}
