extension CredentialChain {
    /// Which source the standard chain would use, from the configuration alone (no call is made):
    /// environment keys, web identity from the environment, the profile's plan, else the container or
    /// instance metadata endpoints (which only a call could confirm). Nil when nothing is set up.
    /// - Throws: `CredentialError` for a profile set up wrongly (a cycle, a missing source profile).
    public static func plan(configuration: AWSConfiguration) throws -> CredentialPlan? {
        let environment = configuration.environment
        func set(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        if !configuration.profileFromFlag, set("AWS_ACCESS_KEY_ID") != nil, set("AWS_SECRET_ACCESS_KEY") != nil {
            return .environment
        }
        if let tokenFile = set("AWS_WEB_IDENTITY_TOKEN_FILE"), let roleArn = set("AWS_ROLE_ARN") {
            return .webIdentity(
                profile: nil, roleArn: roleArn, tokenFile: tokenFile, sessionName: set("AWS_ROLE_SESSION_NAME"))
        }
        if configuration.files.hasProfile(configuration.profileName),
            let plan = try ProfileCredentialPlanner(files: configuration.files).plan(configuration.profileName)
        {
            return plan
        }
        if set("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") != nil || set("AWS_CONTAINER_CREDENTIALS_FULL_URI") != nil {
            return .container
        }
        return set("AWS_EC2_METADATA_DISABLED")?.lowercased() == "true" ? nil : .instanceMetadata
    }
}
