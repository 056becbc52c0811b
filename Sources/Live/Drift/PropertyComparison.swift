import Report
import Template

/// Compares every property the template sets with the live resource, producing findings at the
/// deepest differing path and one coverage entry per property.
public struct PropertyComparison: Sendable {
    public var logicalId: String
    public var resourceType: String
    /// Who reported the live values, for explanations ("CloudWatch Logs").
    public var serviceName: String
    public var matcher: ValueMatcher

    public init(logicalId: String, resourceType: String, serviceName: String, matcher: ValueMatcher) {
        self.logicalId = logicalId
        self.resourceType = resourceType
        self.serviceName = serviceName
        self.matcher = matcher
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
            let path = FindingPath.property(logicalId, name)
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
            let mismatches = matcher.mismatches(expected: expected, actual: live.properties[name], property: name)
            if mismatches.isEmpty {
                result.coverage.append(coverage(name, .checked))
                continue
            }
            result.coverage.append(coverage(name, .drifted))
            for mismatch in mismatches {
                result.findings.append(
                    Finding(
                        logicalId: logicalId, resourceType: resourceType, kind: .propertyChanged,
                        path: path + mismatch.path, expected: mismatch.expected, actual: mismatch.actual,
                        explanation: explanation(name + mismatch.path, mismatch)))
            }
        }
        return result
    }

    func coverage(_ property: String, _ state: CoverageEntry.State) -> CoverageEntry {
        CoverageEntry(
            logicalId: logicalId, resourceType: resourceType, path: FindingPath.property(logicalId, property),
            state: state)
    }

    func explanation(_ where: String, _ mismatch: ValueMatcher.Mismatch) -> String {
        guard let expected = mismatch.expected else {
            return "\(`where`) has \(Self.short(mismatch.actual)) in \(serviceName), which the template does not define"
        }
        guard let actual = mismatch.actual else {
            return "\(`where`) is not set in \(serviceName); the template sets \(Self.short(expected))"
        }
        return
            "\(`where`) is \(Self.short(actual)) in \(serviceName); the template sets \(Self.short(mismatch.expected))"
    }

    /// A value short enough for a one-line explanation.
    static func short(_ node: Node?) -> String {
        guard let node else { return "nothing" }
        let text = JSONValue(node).compact
        return text.count > 80 ? String(text.prefix(77)) + "..." : text
    }
}
