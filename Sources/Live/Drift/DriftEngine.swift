import AWS
import Findings
import Template

/// One drift run: inventory, deployed template, every property through its service, and optionally
/// CloudFormation's own drift detection, merged into a `DriftReport`.
public struct DriftEngine: Sendable {
    public struct Options: Sendable {
        /// The template to hold the stack to (the golden by default).
        public var template: Node
        /// Describe calls in flight at once.
        public var concurrency: Int
        public var cloudFormationDrift: Bool
        /// Past this instant, what is not yet checked is "not checked (out of time)" and the run
        /// is inconclusive.
        public var deadline: ContinuousClock.Instant?
        public var checkers: [String: any ResourceChecker]
        public var driftPollInterval: Duration
        /// A stack in progress is read again until it settles or the deadline, instead of inconclusive.
        public var waitForSettle: Bool = false

        public init(
            template: Node, concurrency: Int = 8, cloudFormationDrift: Bool = false,
            deadline: ContinuousClock.Instant? = nil,
            checkers: [String: any ResourceChecker] = CheckerRegistry.standard,
            driftPollInterval: Duration = .seconds(2)
        ) {
            self.template = template
            self.concurrency = concurrency
            self.cloudFormationDrift = cloudFormationDrift
            self.deadline = deadline
            self.checkers = checkers
            self.driftPollInterval = driftPollInterval
        }
    }

    public var client: AWSClient
    public var options: Options

    public init(client: AWSClient, options: Options) {
        self.client = client
        self.options = options
    }

    /// Throws `DriftError` or `AWSError` when the run cannot decide (exit 2); throttling and the
    /// deadline make an INCONCLUSIVE report instead.
    public func run(stackName: String) async throws -> DriftReport {
        try await OperationScope.run("drift", Self.operations(options)) { try await scopedRun(stackName: stackName) }
    }

    private func scopedRun(stackName: String) async throws -> DriftReport {
        let loader = StackLoader(client: client)
        do {
            let snapshot = try await bounded(
                stackName, outOfTime: "out of time reading the stack from CloudFormation (the --timeout deadline)"
            ) { try await loader.load(stackName: stackName) }
            let gate = StackStatusGate(client: client, wait: options.waitForSettle, deadline: options.deadline)
            let reload: @Sendable () async throws -> StackSnapshot = { try await loader.load(stackName: stackName) }
            let settling = "out of time waiting for stack \(stackName) to settle"
            let gated = try await bounded(stackName, outOfTime: settling) {
                try await gate.apply(snapshot, reload: reload)
            }
            switch gated {
            case .report(let report):
                return report
            case .check(let settled):
                var report = try await check(settled)
                report.region = settled.region
                return report
            }
        } catch let undecided as Undecided {
            return undecided.report
        }
    }

    /// What ends a run before any resource is checked: the deadline, or a throttled or cut-off call.
    private struct Undecided: Error {
        var report: DriftReport
    }

    /// `work` (reading the stack, waiting for it to settle) under the deadline; out of time or an inconclusive
    /// call throws `Undecided` with a report that decides nothing about the stack, for that one reason.
    private func bounded<T: Sendable>(
        _ stackName: String, outOfTime: String, _ work: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        let reason: String
        switch await Deadline.run(until: options.deadline, work) {
        case .finished(.success(let value)): return value
        // The deadline passed before the call could go out: that is the run being out of time, whichever of
        // the two (this timer or the call's own check) saw it first.
        case .finished(.failure(let error as AWSError)) where error.kind == .deadlineExceeded && error.attempts == 0:
            reason = outOfTime
        case .finished(.failure(let error as AWSError)) where error.isInconclusive: reason = Self.describe(error)
        case .finished(.failure(let error)): throw error
        case .timedOut: reason = outOfTime
        }
        throw Undecided(
            report: DriftReport(
                stack: stackName, findings: [], coverage: [], inconclusiveReasons: [reason], region: client.region))
    }

    /// Everything after the stack is read; separate so a snapshot can be checked again.
    public func check(_ snapshot: StackSnapshot) async throws -> DriftReport {
        var report = DriftReport(stack: snapshot.name, findings: [], coverage: [])
        var context = ResolverContext(
            template: options.template, parameterValues: snapshot.parameters, physicalIds: snapshot.physicalIds,
            pseudo: snapshot.pseudo)
        if Self.uses("Fn::GetAZs", in: options.template) {
            context.availabilityZones = try? await client.ec2.availabilityZoneNames()
        }
        let inventory = InventoryCheck.check(
            template: options.template, resolver: IntrinsicResolver(context: context), stack: snapshot.resources)
        merge(inventory, into: &report)
        merge(TemplateCheck.check(expected: options.template, deployed: snapshot.deployedTemplate), into: &report)

        let targets = checkTargets(snapshot, &context, &report)
        var observed = try await observe(targets, &report)
        for item in observed {
            context.attributes[item.target.logicalId, default: [:]].merge(item.live.attributes) { $1 }
        }
        let resolver = IntrinsicResolver(context: context)
        observed = SecurityGroupRuleScope.apply(observed, template: options.template, resolver: resolver, into: &report)
        let bounds = DesiredCountRule.bounds(observed.map { ($0.target.logicalId, $0.target.resourceType, $0.live) })
        for item in observed {
            let checker = options.checkers[item.target.resourceType]!
            let comparison = PropertyComparison(
                logicalId: item.target.logicalId, resourceType: item.target.resourceType,
                serviceName: checker.serviceName, rules: checker.comparisonRules)
            var result = comparison.compare(properties: item.target.properties, resolver: resolver, live: item.live)
            if item.target.resourceType == "AWS::ECS::Service",
                let note = DesiredCountRule.apply(
                    to: &result, logicalId: item.target.logicalId, live: item.live, bounds: bounds)
            {
                report.notes.append(note)
            }
            merge(result, into: &report)
            if item.target.resourceType == "AWS::ECS::Service",
                result.findings.contains(where: {
                    $0.path == FindingPath.property(item.target.logicalId, "TaskDefinition")
                }),
                case .string(let running)? = item.live.properties["TaskDefinition"]?.value
            {
                try await compareRevision(item, running: running, resolver: resolver, into: &report)
            }
        }
        try await UnmanagedCheck(client: client, deadline: options.deadline).run(
            snapshot, template: options.template, into: &report)
        if options.cloudFormationDrift {
            let part = try await CloudFormationDriftCheck(client: client, pollInterval: options.driftPollInterval)
                .run(stackName: snapshot.stackId, deadline: options.deadline)
            merge(part.result, into: &report)
            report.inconclusiveReasons += part.inconclusive
        }
        return report
    }

    /// The container-level differences of a foreign revision (`ForeignRevisionCheck`); a revision that cannot be
    /// read is a note, the service's own finding stands either way.
    func compareRevision(_ item: Observed, running: String, resolver: IntrinsicResolver, into report: inout DriftReport)
        async throws
    {
        let check = ForeignRevisionCheck(client: client, template: options.template, resolver: resolver)
        let id = item.target.logicalId
        let outcome = await Deadline.run(until: options.deadline) {
            try await check.findings(serviceId: id, properties: item.target.properties, running: running)
        }
        try report.file(
            outcome, inconclusive: nil, notChecked: { "\(id) runs \(running), which could not be read: \($0)" },
            outOfTime: "\(id): out of time reading the revision it runs")
    }

    func merge(_ result: PropertyComparison.Result, into report: inout DriftReport) {
        report.findings += result.findings
        report.coverage += result.coverage
    }

    /// Whether an intrinsic appears anywhere in the template (so its lookups are made only when needed).
    static func uses(_ function: String, in node: Node) -> Bool {
        switch node.value {
        case .mapping(let mapping):
            return mapping.entries.contains { $0.key == function || uses(function, in: $0.value) }
        case .list(let items):
            return items.contains { uses(function, in: $0) }
        default:
            return false
        }
    }

    /// An inconclusive call as one line: the action, what happened, and the HTTP status and request id
    /// when there was an answer (AWSError's own description carries them).
    static func describe(_ error: AWSError) -> String {
        if error.kind == .deadlineExceeded {
            return "\(error.action): no answer before the deadline (\(error.message))"
        }
        return error.description
    }
}
