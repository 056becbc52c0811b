import Findings
import Template

extension DiffReport {
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
}
