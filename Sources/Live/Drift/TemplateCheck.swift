import Findings
import Template
import TemplateDiff

/// GetTemplate's body is equivalent (cfn profile) to the template given; each difference is a
/// finding at its path, attributed to the resource it is under.
public enum TemplateCheck {
    public static let logicalId = "(template)"
    public static let resourceType = "AWS::CloudFormation::Stack"

    public static func check(expected: Node, deployed: Node?) -> PropertyComparison.Result {
        var result = PropertyComparison.Result()
        guard let deployed else {
            result.coverage.append(
                CoverageEntry(
                    logicalId: logicalId, resourceType: resourceType, path: "",
                    state: .notChecked(reason: "the deployed template was not fetched")))
            return result
        }
        let resources = expected["Resources"]?.mappingValue
        for difference in TemplateDiffer.diff(expected, deployed, profile: .cfn) {
            let tokens = difference.pathTokens
            let resource = tokens.count >= 2 && tokens[0] == "Resources" ? tokens[1] : nil
            let type =
                resource.flatMap { resources?[$0]?["Type"]?.stringValue }
                ?? resource.flatMap { deployed["Resources"]?[$0]?["Type"]?.stringValue } ?? resourceType
            let place = difference.path.isEmpty ? "the template" : difference.path
            let explanation: String
            switch difference.kind {
            case .added: explanation = "the deployed template has \(place), the template given does not"
            case .removed: explanation = "the deployed template lacks \(place)"
            case .changed: explanation = "the deployed template differs at \(place)"
            }
            result.findings.append(
                Finding(
                    logicalId: resource ?? logicalId, resourceType: type, kind: .templateChanged, path: difference.path,
                    expected: difference.left, actual: difference.right, explanation: explanation))
        }
        result.coverage.append(
            CoverageEntry(
                logicalId: logicalId, resourceType: resourceType, path: "",
                state: result.findings.isEmpty ? .checked : .drifted))
        return result
    }
}
