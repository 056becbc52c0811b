import Findings
import Template

extension DiffReport {
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

/// One section or logical ID of a diff report, as the text and Markdown renderers group it.
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
