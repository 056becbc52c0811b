import Report
import Template

/// How a property's live value is compared with its resolved template value.
///
/// Mappings compare by the template's keys only: keys the service adds (defaults, computed fields)
/// are values the template leaves to the service, not drift. Lists keep their order unless a rule
/// says the service treats them as a set. Scalars compare by meaning, as under the `cfn` profile.
public struct ValueMatcher: Sendable {
    public enum Rule: Sendable, Equatable {
        /// The list is a set: same members in any order (security group rules, subnets, ARNs).
        case unordered
        /// Tags: every template tag is present with its value; tags the service or CloudFormation
        /// add (`aws:` prefixed) and extra tags are not compared.
        case tagsSubset
        /// A list of named items (inline policies by `PolicyName`, containers by `Name`): items pair up
        /// by that key in any order and compare inside, so a finding points into the changed item;
        /// an item only the service has is reported at `/-` (RFC 6901's past-the-end index).
        case keyedBy(String)
        /// An IAM policy document: `Action`, `Resource`, `Principal` values compare as sets, and a
        /// single string equals a one-element list, as IAM evaluates them.
        case policyDocument
    }

    /// Rules by path relative to the property, `*` matching any list index or key.
    public var rules: [String: Rule]

    public init(rules: [String: Rule] = [:]) { self.rules = rules }

    public struct Mismatch: Sendable, Equatable {
        /// Relative to the property (`""` for the property itself, `/0/Memory` below it).
        public var path: String
        public var expected: Node?
        public var actual: Node?
    }

    public func mismatches(expected: Node, actual: Node?, property: String) -> [Mismatch] {
        var out: [Mismatch] = []
        compare(expected, actual, path: "", rulePath: "/" + FindingPath.escape(property), into: &out)
        return out
    }

    func rule(_ rulePath: String) -> Rule? {
        if let exact = rules[rulePath] { return exact }
        return rules.first { Self.pattern($0.key, matches: rulePath) }?.value
    }

    static func pattern(_ pattern: String, matches path: String) -> Bool {
        let a = pattern.split(separator: "/", omittingEmptySubsequences: false)
        let b = path.split(separator: "/", omittingEmptySubsequences: false)
        return a.count == b.count && zip(a, b).allSatisfy { $0 == "*" || $0 == $1 }
    }

    private func compare(_ expected: Node, _ actual: Node?, path: String, rulePath: String, into out: inout [Mismatch])
    {
        guard let actual else { return out.append(Mismatch(path: path, expected: expected, actual: nil)) }
        switch rule(rulePath) {
        case .unordered:
            if !Self.sameSet(expected, actual, policy: false) {
                out.append(Mismatch(path: path, expected: expected, actual: actual))
            }
            return
        case .tagsSubset:
            if !Self.tagsContained(expected, in: actual) {
                out.append(Mismatch(path: path, expected: expected, actual: actual))
            }
            return
        case .policyDocument:
            if !Self.policyEqual(expected, actual) {
                out.append(Mismatch(path: path, expected: expected, actual: actual))
            }
            return
        case .keyedBy(let key):
            if let want = expected.listValue, let have = actual.listValue {
                return compareKeyed(want, have, key: key, path: path, rulePath: rulePath, into: &out)
            }
        case nil:
            break
        }
        switch (expected.value, actual.value) {
        case (.mapping(let want), .mapping(let have)):
            for entry in want.entries {
                let token = FindingPath.escape(entry.key)
                compare(
                    entry.value, have[entry.key], path: path + "/" + token, rulePath: rulePath + "/" + token, into: &out
                )
            }
        case (.list(let want), .list(let have)) where want.count == have.count:
            for (index, item) in want.enumerated() {
                compare(item, have[index], path: path + "/\(index)", rulePath: rulePath + "/*", into: &out)
            }
        default:
            if !Self.sameValue(expected, actual) {
                out.append(Mismatch(path: path, expected: expected, actual: actual))
            }
        }
    }

    private func compareKeyed(
        _ want: [Node], _ have: [Node], key: String, path: String, rulePath: String, into out: inout [Mismatch]
    ) {
        var unmatched = Array(have.indices)
        for (index, item) in want.enumerated() {
            let name = item[key]
            let found = unmatched.firstIndex { position in
                name.map { Self.sameValue($0, have[position][key] ?? .null) } ?? false
            }
            guard let found else {
                out.append(Mismatch(path: path + "/\(index)", expected: item, actual: nil))
                continue
            }
            let position = unmatched.remove(at: found)
            compare(item, have[position], path: path + "/\(index)", rulePath: rulePath + "/*", into: &out)
        }
        for position in unmatched { out.append(Mismatch(path: path + "/-", expected: nil, actual: have[position])) }
    }

    /// Deep equality with scalars by meaning and mappings by the template's keys.
    static func sameValue(_ expected: Node, _ actual: Node, policy: Bool = false) -> Bool {
        switch (expected.value, actual.value) {
        case (.mapping(let want), .mapping(let have)):
            return want.entries.allSatisfy { entry in
                guard let other = have[entry.key] else { return false }
                if policy,
                    ["Action", "NotAction", "Resource", "NotResource"].contains(entry.key) || entry.key == "Service"
                        || entry.key == "AWS"
                {
                    return sameSet(entry.value, other, policy: true)
                }
                return sameValue(entry.value, other, policy: policy)
            }
        case (.list(let want), .list(let have)):
            return want.count == have.count && zip(want, have).allSatisfy { sameValue($0, $1, policy: policy) }
        case (.list(let want), _) where policy && want.count == 1:
            return sameValue(want[0], actual, policy: true)
        case (_, .list(let have)) where policy && have.count == 1:
            return sameValue(expected, have[0], policy: true)
        default:
            return scalarsEqual(expected, actual)
        }
    }

    static func scalarsEqual(_ a: Node, _ b: Node) -> Bool {
        if let x = numeric(a), let y = numeric(b) { return x == y }
        if let x = boolean(a), let y = boolean(b) { return x == y }
        switch (a.value, b.value) {
        case (.null, .null): return true
        case (.string(let x), .string(let y)): return x == y
        default: return false
        }
    }

    static func numeric(_ node: Node) -> Double? {
        switch node.value {
        case .number(let text): Double(text)
        case .string(let text): text.isEmpty || text.contains(where: \.isLetter) ? nil : Double(text)
        default: nil
        }
    }

    static func boolean(_ node: Node) -> Bool? {
        switch node.value {
        case .bool(let flag): flag
        case .string(let text):
            switch text.lowercased() {
            case "true": true
            case "false": false
            default: nil
            }
        default: nil
        }
    }

    static func sameSet(_ expected: Node, _ actual: Node, policy: Bool) -> Bool {
        let want = expected.listValue ?? [expected]
        var have = actual.listValue ?? [actual]
        guard want.count == have.count else { return false }
        for item in want {
            guard let index = have.firstIndex(where: { sameValue(item, $0, policy: policy) }) else { return false }
            have.remove(at: index)
        }
        return true
    }

    static func tagsContained(_ expected: Node, in actual: Node) -> Bool {
        let have = actual.listValue ?? []
        return (expected.listValue ?? []).allSatisfy { tag in have.contains { sameValue(tag, $0) } }
    }

    static func policyEqual(_ expected: Node, _ actual: Node) -> Bool {
        guard let want = expected.mappingValue, let have = actual.mappingValue else {
            return sameValue(expected, actual)
        }
        // Statements are a set too: IAM evaluates them all, in no order.
        for entry in want.entries {
            guard let other = have[entry.key] else { return false }
            if entry.key == "Statement" {
                guard sameSet(entry.value, other, policy: true) else { return false }
            } else if !sameValue(entry.value, other, policy: true) {
                return false
            }
        }
        return want.count == have.count
    }
}
