import AWS
import Findings
import Template

extension DriftEngine {
    struct Observed: Sendable {
        var target: CheckTarget
        var live: LiveResource
    }

    /// The resources whose properties can be looked up: in the template, enabled, in the stack with
    /// the same type and a physical id, with a checker. The rest get "not checked (why)" here.
    func checkTargets(_ snapshot: StackSnapshot, _ context: inout ResolverContext, _ report: inout DriftReport)
        -> [CheckTarget]
    {
        let live = Dictionary(snapshot.resources.map { ($0.logicalId, $0) }, uniquingKeysWith: { first, _ in first })
        let declared = options.template["Resources"]?.mappingValue ?? Mapping()
        let early = IntrinsicResolver(context: context)
        var targets: [(String, String, String, Mapping)] = []
        for entry in declared.entries {
            let type = entry.value["Type"]?.stringValue ?? ""
            let properties = entry.value["Properties"]?.mappingValue ?? Mapping()
            guard early.isEnabled(resource: entry.value) == true else { continue }
            let why: String?
            if let found = live[entry.key] {
                if found.type != type {
                    why = "the stack's resource is a \(found.type)"
                } else if let physical = found.physicalId, !physical.isEmpty {
                    if let checker = options.checkers[type] {
                        context.attributes[entry.key, default: [:]].merge(
                            checker.attributes(physicalId: physical, pseudo: context.pseudo)
                        ) { $1 }
                        targets.append((entry.key, type, physical, properties))
                        continue
                    }
                    why = "stackcheck has no property checker for \(type)"
                } else {
                    why = "the stack reports no physical id for it"
                }
            } else {
                why = "the resource is not in the stack"
            }
            for property in properties.entries {
                report.coverage.append(
                    CoverageEntry(
                        logicalId: entry.key, resourceType: type, path: FindingPath.property(entry.key, property.key),
                        state: .notChecked(reason: why ?? "")))
            }
        }
        let resolver = IntrinsicResolver(context: context)
        return targets.map {
            CheckTarget(logicalId: $0.0, resourceType: $0.1, physicalId: $0.2, properties: $0.3, resolver: resolver)
        }
    }

    /// Looks every target up, `concurrency` at a time. A throttled, failed or late lookup makes that
    /// resource's properties "not checked (why)"; throttling and lateness also make the run inconclusive.
    /// A denied lookup ends the run (exit 2, naming the action): a caller who cannot read a resource
    /// cannot learn whether it drifted. Each checker runs inside the operations it declares.
    func observe(_ targets: [CheckTarget], _ report: inout DriftReport) async throws -> [Observed] {
        let client = self.client
        let checkers = options.checkers
        let deadline = options.deadline
        let outcomes = await BoundedConcurrency.map(targets, limit: options.concurrency) { target in
            let checker = checkers[target.resourceType]!
            return await Deadline.run(until: deadline) {
                try await OperationScope.run("the \(target.resourceType) checker", checker.operations) {
                    try await checker.observe(target, client: client)
                }
            }
        }
        var observed: [Observed] = []
        var denied: AWSError?
        for (target, outcome) in zip(targets, outcomes) {
            let why: String
            switch outcome {
            case .finished(.success(let live)):
                observed.append(Observed(target: target, live: live))
                continue
            case .timedOut:
                why = "out of time before \(target.resourceType) was read"
                report.inconclusiveReasons.append("\(target.logicalId): \(why)")
            case .finished(.failure(let error as AWSError)):
                why = Self.describe(error)
                if error.isInconclusive {
                    report.inconclusiveReasons.append("\(target.logicalId): \(why)")
                } else if error.missingAction != nil || error.code == .undeclaredOperation {
                    denied = denied ?? error
                }
            case .finished(.failure(let error)):
                why = "\(error)"
            }
            for property in target.properties.entries {
                report.coverage.append(
                    CoverageEntry(
                        logicalId: target.logicalId, resourceType: target.resourceType,
                        path: FindingPath.property(target.logicalId, property.key), state: .notChecked(reason: why)))
            }
        }
        if let denied { throw denied }
        return observed
    }
}
