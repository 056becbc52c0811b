import FoundationEssentials

/// The shared credentials file and config file together, read the way the AWS CLI reads them.
///
/// Paths come from `AWS_SHARED_CREDENTIALS_FILE` and `AWS_CONFIG_FILE`, else `~/.aws/credentials` and
/// `~/.aws/config` (with `~` from `HOME` in the given environment). In the config file a profile is
/// `[profile NAME]` (`[default]` for the default one); in the credentials file it is `[NAME]`. Where both
/// set a key, the credentials file wins.
public struct SharedConfigFiles: Sendable, Equatable {
    public var credentials: ConfigFile
    public var config: ConfigFile

    public init(credentials: ConfigFile, config: ConfigFile) {
        self.credentials = credentials
        self.config = config
    }

    /// Reads both files; absent files are empty.
    public static func load(environment: [String: String]) throws -> SharedConfigFiles {
        SharedConfigFiles(
            credentials: try ConfigFile.load(path: credentialsPath(environment)),
            config: try ConfigFile.load(path: configPath(environment)))
    }

    public static func credentialsPath(_ environment: [String: String]) -> String {
        expand(environment["AWS_SHARED_CREDENTIALS_FILE"] ?? "~/.aws/credentials", environment)
    }

    public static func configPath(_ environment: [String: String]) -> String {
        expand(environment["AWS_CONFIG_FILE"] ?? "~/.aws/config", environment)
    }

    static func expand(_ path: String, _ environment: [String: String]) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let home = environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
        return home + path.dropFirst()
    }

    /// Whether either file has the profile.
    public func hasProfile(_ name: String) -> Bool {
        credentials.sections[name] != nil || configSection(name) != nil
    }

    /// The profile's settings, config file first, then the credentials file over it.
    public func profile(_ name: String) -> [String: String] {
        var merged = configSection(name) ?? [:]
        merged.merge(credentials.sections[name] ?? [:]) { _, fromCredentials in fromCredentials }
        return merged
    }

    /// A `[services NAME]` section of the config file (per-service settings such as `endpoint_url`).
    public func services(_ name: String) -> [String: String]? {
        config.sections["services " + name]
    }

    /// Both paths, for messages: `~/.aws/credentials and ~/.aws/config`.
    public var describedPaths: String {
        "\(credentials.path ?? "credentials file") and \(config.path ?? "config file")"
    }

    private func configSection(_ name: String) -> [String: String]? {
        // botocore accepts `[profile default]` too, and prefers it over `[default]` when both exist.
        if let section = config.sections["profile " + name] { return section }
        return name == "default" ? config.sections["default"] : nil
    }
}
