import Template

/// What the renderers print: the differences between two named inputs under one profile.
public struct DiffReport: Sendable {
    public var leftName: String
    public var rightName: String
    public var profile: String
    public var differences: [Difference]
    /// Resource types by logical ID, shown beside each resource's group (`Resources › Svc (AWS::ECS::Service)`).
    public var resourceTypes: [String: String]

    public init(
        leftName: String, rightName: String, profile: String, differences: [Difference],
        resourceTypes: [String: String] = [:]
    ) {
        self.leftName = leftName
        self.rightName = rightName
        self.profile = profile
        self.differences = differences
        self.resourceTypes = resourceTypes
    }

    /// Diffs two templates and names the report after their files; types come from the left, else the right.
    public init(left: Node, leftName: String, right: Node, rightName: String, profile: EquivalenceProfile = .cfn) {
        var types: [String: String] = [:]
        for template in [right, left] {
            for entry in template["Resources"]?.mappingValue?.entries ?? [] {
                if let type = entry.value["Type"]?.stringValue { types[entry.key] = type }
            }
        }
        self.init(
            leftName: leftName, rightName: rightName, profile: profile.name,
            differences: TemplateDiffer.diff(left, right, profile: profile), resourceTypes: types)
    }

    public var equivalent: Bool { differences.isEmpty }

    /// `5 differences (2 added, 2 removed, 1 changed)`.
    var countText: String {
        let count = differences.count
        let kinds = Difference.Kind.allCases.compactMap { kind -> String? in
            let number = differences.count { $0.kind == kind }
            return number == 0 ? nil : "\(number) \(kind.rawValue)"
        }
        return "\(count) difference\(count == 1 ? "" : "s") (\(kinds.joined(separator: ", ")))"
    }

    /// Differences grouped like a code review: by section and logical ID, in first-seen order.
    var groups: [DiffGroup] {
        var order: [String] = []
        var members: [String: [(label: String, difference: Difference)]] = [:]
        for difference in differences {
            var (title, label) = DiffGroup.split(difference.pathTokens)
            let tokens = difference.pathTokens
            if tokens.count > 1, tokens[0] == "Resources", let type = resourceTypes[tokens[1]] { title += " (\(type))" }
            if members[title] == nil { order.append(title) }
            members[title, default: []].append((label, difference))
        }
        return order.map { DiffGroup(title: $0, entries: members[$0]!) }
    }
}

struct DiffGroup {
    /// `Resources › Svc`, `Description`, or `(template)` for the root.
    var title: String
    /// Each difference with its path below the group (`Properties/DesiredCount`).
    var entries: [(label: String, difference: Difference)]

    /// Top-level sections whose keys are logical IDs (or parameter, condition, output names).
    static let namedSections: Set<String> = ["Parameters", "Mappings", "Conditions", "Resources", "Outputs", "Rules"]

    static func split(_ tokens: [String]) -> (title: String, label: String) {
        guard let section = tokens.first else { return ("(template)", "(template)") }
        let depth = namedSections.contains(section) && tokens.count > 1 ? 2 : 1
        let title = tokens.prefix(depth).joined(separator: " › ")
        let rest = tokens.dropFirst(depth)
        // A whole entry added or removed is labelled with its own name.
        let label = rest.isEmpty ? tokens[depth - 1] : rest.map(JSONPointer.escape).joined(separator: "/")
        return (title, label)
    }
}

extension DiffReport {
    /// One-line value text, cut at `limit` characters so one huge value keeps the report readable.
    static func valueText(_ node: Node?, limit: Int? = 80) -> String {
        guard let node else { return "" }
        let text = TemplateWriter.compactJSON(node)
        guard let limit, text.count > limit else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }
}
