extension AWSConfiguration {
    /// Credentials of `roleArn` (STS AssumeRole signed with this configuration's own credential chain),
    /// cached and refreshed before expiry: a fleet entry's `roleArn`, given outside any profile.
    /// `origin` names where the role came from in errors (`stacks file: stack prod-eu`).
    public func credentialProvider(
        assuming roleArn: String, origin: String, transport: any HTTPTransport,
        mfaCode: CredentialContext.MFACode? = nil
    ) -> CachingCredentialProvider {
        let context = CredentialContext(configuration: self, transport: transport, mfaCode: mfaCode)
        let settings = AssumeRoleSettings(profile: origin, roleArn: roleArn)
        let source = credentialProvider(transport: transport, mfaCode: mfaCode)
        return CachingCredentialProvider(
            AssumeRoleCredentialProvider(settings: settings, source: source, context: context))
    }
}
