import Findings
import Template
import TemplateDiff

/// Compares every property the template sets with the live resource, producing findings at the
/// deepest differing path and one coverage entry per property.
///
/// The comparing is the TemplateDiff engine's: each property is compared as
/// `/Resources/<logical id>/Properties/<name>` of two one-resource templates, the template's and the
/// live one's, under the `live` profile and the checker's rules, so a finding's path is the
/// difference's and `diff` of two templates sees the same rules the same way.
public struct PropertyComparison: Sendable {
    public var logicalId: String
    public var resourceType: String
    /// Who reported the live values, for explanations ("CloudWatch Logs").
    public var serviceName: String
    public var profile: EquivalenceProfile

    public init(logicalId: String, resourceType: String, serviceName: String, rules: [NormalizationRule] = []) {
        self.logicalId = logicalId
        self.resourceType = resourceType
        self.serviceName = serviceName
        self.profile = .live(rules)
    }

    public struct Result: Sendable, Equatable {
        public var findings: [Finding] = []
        public var coverage: [CoverageEntry] = []
    }

    public func compare(properties: Mapping, resolver: IntrinsicResolver, live: LiveResource) -> Result {
        var result = Result()
        let resourcePath = FindingPath.resource(logicalId)
        if case .deleted(let why) = live.state {
            result.findings.append(
                Finding(
                    logicalId: logicalId, resourceType: resourceType, kind: .resourceDeleted, path: resourcePath,
                    explanation: why))
            for entry in properties.entries { result.coverage.append(coverage(entry.key, .drifted)) }
            return result
        }
        for entry in properties.entries {
            let name = entry.key
            let expected: Node
            switch resolver.resolve(entry.value) {
            case .noValue: continue
            case .unresolvable(let why):
                result.coverage.append(coverage(name, .notChecked(reason: why)))
                continue
            case .value(let value): expected = value
            }
            if let why = live.unreadable[name] {
                result.coverage.append(coverage(name, .notChecked(reason: why)))
                continue
            }
            let found = findings(property: name, expected: expected, actual: live.properties[name])
            result.coverage.append(coverage(name, found.isEmpty ? .checked : .drifted))
            result.findings += found
        }
        return result
    }

    /// The findings for one property: its resolved template value against the live one (nil when the
    /// service does not set it).
    public func findings(property name: String, expected: Node, actual: Node?) -> [Finding] {
        // Equal values need neither the wrapping below nor the differ (which checks this too).
        if let actual, actual == expected { return [] }
        let left = template(name, expected)
        return TemplateDiffer.diff(left, template(name, actual), profile: profile).map { difference in
            var tokens = difference.pathTokens
            // A member only the live list has has no index in the template: RFC 6901's past-the-end `-`.
            if difference.kind == .added, Self.node(at: tokens.dropLast(), in: left)?.listValue != nil {
                tokens[tokens.count - 1] = "-"
            }
            let relative = tokens.dropFirst(3).map(FindingPath.escape).joined(separator: "/")
            return Finding(
                logicalId: logicalId, resourceType: resourceType, kind: .propertyChanged,
                path: tokens.map { "/" + FindingPath.escape($0) }.joined(), expected: difference.left,
                actual: difference.right, explanation: explanation(relative, difference.left, difference.right))
        }
    }

    /// `{"Resources": {<logical id>: {"Properties": {<name>: value}}}}`, without the property when nil.
    private func template(_ name: String, _ value: Node?) -> Node {
        var properties = Mapping()
        properties[name] = value
        let resource = Node.mapping(Mapping(["Properties": .mapping(properties)]))
        return .mapping(Mapping(["Resources": .mapping(Mapping([Mapping.Entry(key: logicalId, value: resource)]))]))
    }

    private static func node(at tokens: ArraySlice<String>, in root: Node) -> Node? {
        var node = root
        for token in tokens {
            if let list = node.listValue {
                guard let index = Int(token), list.indices.contains(index) else { return nil }
                node = list[index]
            } else {
                guard let child = node[token] else { return nil }
                node = child
            }
        }
        return node
    }

    func coverage(_ property: String, _ state: CoverageEntry.State) -> CoverageEntry {
        CoverageEntry(
            logicalId: logicalId, resourceType: resourceType, path: FindingPath.property(logicalId, property),
            state: state)
    }

    func explanation(_ where: String, _ expected: Node?, _ actual: Node?) -> String {
        guard let expected else {
            return "\(`where`) has \(Self.short(actual)) in \(serviceName), which the template does not define"
        }
        guard let actual else {
            return "\(`where`) is not set in \(serviceName); the template sets \(Self.short(expected))"
        }
        return "\(`where`) is \(Self.short(actual)) in \(serviceName); the template sets \(Self.short(expected))"
    }

    /// A value short enough for a one-line explanation.
    static func short(_ node: Node?) -> String {
        guard let node else { return "nothing" }
        let text = JSONValue(node).compact
        return text.count > 80 ? String(text.prefix(77)) + "..." : text
    }
}
