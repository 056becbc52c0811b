/// Where a profile's credentials come from, worked out from the shared files alone (no network): what
/// `stackcheck config` reports and what `CredentialPlan.provider(context:)` builds providers from.
public indirect enum CredentialPlan: Sendable, Equatable {
    /// `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY` (`credential_source = Environment`).
    case environment
    /// The EC2 instance role (`credential_source = Ec2InstanceMetadata`).
    case instanceMetadata
    /// The ECS task role (`credential_source = EcsContainer`).
    case container
    /// `aws_access_key_id` and `aws_secret_access_key` in a profile; `file` is the one they are in.
    case staticKeys(profile: String, file: String)
    /// `credential_process`.
    case process(profile: String, command: String)
    /// IAM Identity Center: legacy `sso_*` keys or an `[sso-session]` section.
    case sso(SSOSettings)
    /// `web_identity_token_file` + `role_arn` in a profile, or `AWS_WEB_IDENTITY_TOKEN_FILE` (profile nil).
    case webIdentity(profile: String?, roleArn: String, tokenFile: String, sessionName: String?)
    /// `role_arn` with `source_profile` or `credential_source`: STS AssumeRole with the source's keys.
    case assumeRole(AssumeRoleSettings, source: CredentialPlan)

    /// A short name of the kind, for `stackcheck config`.
    public var kind: String {
        switch self {
        case .environment: "environment"
        case .instanceMetadata: "instance-metadata"
        case .container: "container"
        case .staticKeys: "shared-credentials"
        case .process: "credential-process"
        case .sso: "sso"
        case .webIdentity: "web-identity"
        case .assumeRole: "assume-role"
        }
    }

    /// The profiles the credentials pass through, the named one first.
    public var profiles: [String] {
        switch self {
        case .environment, .instanceMetadata, .container: []
        case .staticKeys(let profile, _), .process(let profile, _): [profile]
        case .webIdentity(let profile, _, _, _): profile.map { [$0] } ?? []
        case .sso(let settings): [settings.profile]
        case .assumeRole(let settings, let source): [settings.profile] + source.profiles
        }
    }

    /// One line: `assume-role arn:... (profile a) <- shared-credentials (profile b, ~/.aws/credentials)`.
    public var summary: String {
        switch self {
        case .environment: "environment variables (AWS_ACCESS_KEY_ID)"
        case .instanceMetadata: "EC2 instance metadata"
        case .container: "container credentials endpoint"
        case .staticKeys(let profile, let file): "keys of profile \"\(profile)\" in \(file)"
        case .process(let profile, _): "credential_process of profile \"\(profile)\""
        case .sso(let settings):
            "SSO role \(settings.roleName) in account \(settings.accountId) (profile \"\(settings.profile)\""
                + (settings.sessionName.map { ", sso-session \($0))" } ?? ")")
        case .webIdentity(let profile, let roleArn, _, _):
            "web identity for \(roleArn) (" + (profile.map { "profile \"\($0)\"" } ?? "AWS_WEB_IDENTITY_TOKEN_FILE")
                + ")"
        case .assumeRole(let settings, let source):
            "role \(settings.roleArn) (profile \"\(settings.profile)\")"
                + (settings.mfaSerial == nil ? "" : " with MFA") + " <- " + source.summary
        }
    }
}

/// The AssumeRole settings of one profile.
public struct AssumeRoleSettings: Sendable, Equatable {
    public var profile: String
    public var roleArn: String
    public var sessionName: String?
    public var externalId: String?
    public var durationSeconds: Int?
    public var mfaSerial: String?
}

/// The IAM Identity Center settings of one profile (legacy keys, or from its `[sso-session]`).
public struct SSOSettings: Sendable, Equatable {
    public var profile: String
    /// The `[sso-session NAME]` the profile names; nil for a legacy profile.
    public var sessionName: String?
    public var startURL: String
    public var region: String
    public var accountId: String
    public var roleName: String
}
