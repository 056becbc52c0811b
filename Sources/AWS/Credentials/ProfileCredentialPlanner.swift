/// Works out a profile's `CredentialPlan` the way botocore does: `role_arn` (with `source_profile`,
/// followed to any depth, or `credential_source`), then `web_identity_token_file`, SSO, keys in the
/// credentials file, `credential_process`, keys in the config file.
public struct ProfileCredentialPlanner: Sendable {
    public let files: SharedConfigFiles

    public init(files: SharedConfigFiles) { self.files = files }

    /// The plan for the named profile; nil when it sets no credentials at all (the chain goes on).
    /// - Throws: `CredentialError` for a profile that is set up wrongly (a cycle, a missing source).
    public func plan(_ name: String) throws -> CredentialPlan? {
        try plan(name, visited: [])
    }

    private func plan(_ name: String, visited: [String]) throws -> CredentialPlan? {
        let place = "profile \"\(name)\""
        guard files.hasProfile(name) else {
            guard let parent = visited.last else { return nil }
            throw CredentialError(
                "profile \"\(parent)\": source_profile \"\(name)\" is not in \(files.describedPaths); add it or fix the name"
            )
        }
        let settings = files.profile(name)
        func value(_ key: String) -> String? { settings[key].flatMap { $0.isEmpty ? nil : $0 } }

        if let roleArn = value("role_arn"), value("web_identity_token_file") == nil {
            let role = AssumeRoleSettings(
                profile: name, roleArn: roleArn, sessionName: value("role_session_name"),
                externalId: value("external_id"), durationSeconds: try duration(value("duration_seconds"), place),
                mfaSerial: value("mfa_serial"))
            return .assumeRole(role, source: try source(of: name, settings: value, visited: visited))
        }
        if let tokenFile = value("web_identity_token_file") {
            guard let roleArn = value("role_arn") else {
                throw CredentialError("\(place): web_identity_token_file is set but role_arn is not; set both")
            }
            return .webIdentity(
                profile: name, roleArn: roleArn, tokenFile: tokenFile, sessionName: value("role_session_name"))
        }
        if value("sso_session") != nil || value("sso_start_url") != nil {
            return .sso(try sso(name, value))
        }
        if let keys = try staticKeys(name, in: files.credentials.sections[name], path: files.credentials.path) {
            return keys
        }
        if let command = value("credential_process") { return .process(profile: name, command: command) }
        if let keys = try staticKeys(
            name, in: SharedConfigFiles(credentials: ConfigFile(), config: files.config).profile(name),
            path: files.config.path)
        {
            return keys
        }
        guard visited.isEmpty else {
            throw CredentialError(
                "profile \"\(visited.last!)\": source_profile \"\(name)\" has no credentials (no keys, role_arn, "
                    + "sso or credential_process); add them")
        }
        return nil
    }

    /// The source of an assumed role: `source_profile` or `credential_source`, never both.
    private func source(of name: String, settings value: (String) -> String?, visited: [String]) throws
        -> CredentialPlan
    {
        let place = "profile \"\(name)\""
        switch (value("source_profile"), value("credential_source")) {
        case (.some, .some):
            throw CredentialError("\(place): both source_profile and credential_source are set; keep one")
        case (nil, nil):
            throw CredentialError("\(place): role_arn needs source_profile or credential_source; add one")
        case (nil, .some(let source)):
            switch source {
            case "Environment": return .environment
            case "Ec2InstanceMetadata": return .instanceMetadata
            case "EcsContainer": return .container
            default:
                throw CredentialError(
                    "\(place): credential_source `\(source)` is not known; use Environment, Ec2InstanceMetadata "
                        + "or EcsContainer")
            }
        case (.some(let sourceName), nil):
            // A profile may take its own keys as the source of its role (botocore allows this one loop).
            if sourceName == name, let keys = try staticKeys(name, in: files.profile(name), path: nil) { return keys }
            let path = visited + [name]
            if path.contains(sourceName) {
                throw CredentialError(
                    "\(place): source_profile loops back to \"\(sourceName)\" "
                        + "(\((path + [sourceName]).joined(separator: " -> "))); break the cycle")
            }
            guard let plan = try plan(sourceName, visited: path) else {
                throw CredentialError("\(place): source_profile \"\(sourceName)\" has no credentials; add them")
            }
            return plan
        }
    }

    private func sso(_ name: String, _ value: (String) -> String?) throws -> SSOSettings {
        let place = "profile \"\(name)\""
        var startURL = value("sso_start_url")
        var region = value("sso_region")
        let session = value("sso_session")
        if let session {
            guard let section = files.config.sections["sso-session " + session] else {
                throw CredentialError(
                    "\(place): sso_session \"\(session)\" has no [sso-session \(session)] section in "
                        + "\(files.config.path ?? "the config file"); add it")
            }
            startURL = section["sso_start_url"].flatMap { $0.isEmpty ? nil : $0 }
            region = section["sso_region"].flatMap { $0.isEmpty ? nil : $0 }
        }
        let missing = [
            ("sso_start_url", startURL), ("sso_region", region), ("sso_account_id", value("sso_account_id")),
            ("sso_role_name", value("sso_role_name")),
        ].filter { $0.1 == nil }.map(\.0)
        guard missing.isEmpty else {
            throw CredentialError("\(place): SSO needs \(missing.joined(separator: ", ")); add them")
        }
        return SSOSettings(
            profile: name, sessionName: session, startURL: startURL!, region: region!,
            accountId: value("sso_account_id")!, roleName: value("sso_role_name")!)
    }

    private func duration(_ text: String?, _ place: String) throws -> Int? {
        guard let text else { return nil }
        guard let seconds = Int(text), seconds > 0 else {
            throw CredentialError("\(place): duration_seconds `\(text)` is not a number of seconds; fix it")
        }
        return seconds
    }

    private func staticKeys(_ name: String, in section: [String: String]?, path: String?) throws -> CredentialPlan? {
        let section = section ?? [:]
        let keyId = section["aws_access_key_id"].flatMap { $0.isEmpty ? nil : $0 }
        let secret = section["aws_secret_access_key"].flatMap { $0.isEmpty ? nil : $0 }
        if keyId != nil && secret != nil { return .staticKeys(profile: name, file: path ?? files.describedPaths) }
        if keyId != nil || secret != nil {
            throw CredentialError(
                "profile \"\(name)\": has only one of aws_access_key_id and aws_secret_access_key; set both")
        }
        return nil
    }
}
