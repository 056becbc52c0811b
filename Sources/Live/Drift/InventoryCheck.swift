import Findings
import Template
import TextBasics

/// Every logical resource of the template is in the stack, with the same type, in a `*_COMPLETE`
/// state, and the stack holds nothing else.
public enum InventoryCheck {
    public static func check(template: Node, resolver: IntrinsicResolver, stack: [StackSnapshot.Resource])
        -> PropertyComparison.Result
    {
        var result = PropertyComparison.Result()
        let live = Dictionary(stack.map { ($0.logicalId, $0) }, uniquingKeysWith: { first, _ in first })
        let declared = template["Resources"]?.mappingValue ?? Mapping()
        for entry in declared.entries {
            let logicalId = entry.key
            let type = entry.value["Type"]?.stringValue ?? ""
            let path = FindingPath.resource(logicalId)
            func note(_ state: CoverageEntry.State) {
                result.coverage.append(
                    CoverageEntry(logicalId: logicalId, resourceType: type, path: path, state: state))
            }
            guard let enabled = resolver.isEnabled(resource: entry.value) else {
                note(.notChecked(reason: "its Condition cannot be evaluated against the stack's parameters"))
                continue
            }
            let found = live[logicalId]
            guard enabled else {
                if let found {
                    result.findings.append(
                        Finding(
                            logicalId: logicalId, resourceType: found.type, kind: .unexpected, path: path,
                            explanation: "\(logicalId) exists, but its Condition is false for the stack's parameters"))
                    note(.drifted)
                } else {
                    note(.checked)
                }
                continue
            }
            guard let found else {
                result.findings.append(
                    Finding(
                        logicalId: logicalId, resourceType: type, kind: .missing, path: path,
                        expected: .string(type), explanation: "\(logicalId) is in the template but not in the stack"))
                note(.drifted)
                continue
            }
            var drifted = false
            if found.type != type {
                drifted = true
                result.findings.append(
                    Finding(
                        logicalId: logicalId, resourceType: type, kind: .typeChanged,
                        path: FindingPath.join(path, "Type"), expected: .string(type), actual: .string(found.type),
                        explanation: "\(logicalId) is a \(found.type) in the stack; the template declares \(type)"))
            }
            if !isComplete(found.status) {
                drifted = true
                let reason = found.statusReason.map { ": \($0)" } ?? ""
                result.findings.append(
                    Finding(
                        logicalId: logicalId, resourceType: type, kind: .notComplete, path: path,
                        expected: .string("*_COMPLETE"), actual: .string(found.status),
                        explanation: "\(logicalId) is \(found.status)\(reason)"))
            }
            note(drifted ? .drifted : .checked)
        }
        for resource in stack where declared[resource.logicalId] == nil {
            let path = FindingPath.resource(resource.logicalId)
            result.findings.append(
                Finding(
                    logicalId: resource.logicalId, resourceType: resource.type, kind: .unexpected, path: path,
                    actual: .string(resource.type),
                    explanation:
                        "\(resource.logicalId) (\(resource.physicalId ?? "no physical id")) is in the stack "
                        + "but not in the template"
                ))
            result.coverage.append(
                CoverageEntry(logicalId: resource.logicalId, resourceType: resource.type, path: path, state: .drifted))
        }
        return result
    }

    /// `CREATE_COMPLETE`, `UPDATE_COMPLETE`, `IMPORT_COMPLETE`...; a deleted resource is not there.
    static func isComplete(_ status: String) -> Bool {
        status.hasSuffix("_COMPLETE") && status != "DELETE_COMPLETE" && !status.containsText("ROLLBACK")
    }
}
