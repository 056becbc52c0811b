import Template

/// One stack of a fleet, as a `--stacks-file` lists it.
public struct FleetStack: Sendable, Equatable {
    public var name: String
    /// nil: the run's own region (`--region`, the environment, the profile).
    public var region: String?
    public var profile: String?
    public var roleArn: String?
    /// nil: the run's own `--template`.
    public var template: String?

    public init(
        name: String, region: String? = nil, profile: String? = nil, roleArn: String? = nil,
        template: String? = nil
    ) {
        self.name = name
        self.region = region
        self.profile = profile
        self.roleArn = roleArn
        self.template = template
    }
}

/// A `--stacks-file`: a JSON or YAML list of `{name, region?, profile?, roleArn?, template?}`. Read with
/// the template readers, so a mistake is named by `file:line:column`.
public enum FleetFile {
    static let fields: Set<String> = ["name", "region", "profile", "roleArn", "template"]

    public static func read(path: String) throws -> [FleetStack] {
        let root = try TemplateReader.data(path: path)
        guard let items = root.listValue else {
            throw FleetFileError(
                root, in: path, "a stacks file is a list of {name, region?, profile?, roleArn?, template?}")
        }
        var stacks: [FleetStack] = []
        for item in items {
            guard let mapping = item.mappingValue else {
                throw FleetFileError(item, in: path, "each stack is a mapping with at least a name")
            }
            for entry in mapping.entries where !fields.contains(entry.key) {
                throw FleetFileError(
                    entry.value, in: path, "unknown field '\(entry.key)' (use name, region, profile, roleArn, template)")
            }
            var values: [String: String] = [:]
            for entry in mapping.entries {
                guard let text = entry.value.stringValue, !text.isEmpty else {
                    throw FleetFileError(entry.value, in: path, "'\(entry.key)' must be a non-empty string")
                }
                values[entry.key] = text
            }
            guard let name = values["name"] else {
                throw FleetFileError(item, in: path, "this stack has no name")
            }
            stacks.append(
                FleetStack(
                    name: name, region: values["region"], profile: values["profile"], roleArn: values["roleArn"],
                    template: values["template"]))
        }
        return stacks
    }
}
