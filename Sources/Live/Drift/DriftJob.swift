import AWS
import FoundationEssentials
import Findings
import Report
import Template
import TextBasics

/// A whole drift run as the CLI and `watch` do it: the template and accepted-drift file read once,
/// then for each stack the engine run and the acceptances applied.
public struct DriftJob: Sendable {
    public var template: Node
    public var accepted: AcceptedDrift?
    public var concurrency: Int
    public var cloudFormationDrift: Bool
    public var timeout: Duration?
    /// Wait (within `timeout`) for a stack in progress to settle, instead of calling it inconclusive.
    public var wait: Bool
    public var today: @Sendable () -> String
    /// Where the template came from (a path, or the built-in reference template); each report says it.
    public var templateName: String?

    public init(
        template: Node, accepted: AcceptedDrift? = nil, concurrency: Int = 8, cloudFormationDrift: Bool = false,
        timeout: Duration? = nil, wait: Bool = false,
        today: @escaping @Sendable () -> String = { AcceptedDrift.day(Date()) }
    ) {
        self.wait = wait
        self.template = template
        self.accepted = accepted
        self.concurrency = concurrency
        self.cloudFormationDrift = cloudFormationDrift
        self.timeout = timeout
        self.today = today
    }

    /// Reads the template and the accepted-drift file, with compiler-style errors for either.
    public static func load(templatePath: String, acceptPath: String?) throws -> (Node, AcceptedDrift?) {
        guard FileChecks.exists(templatePath) else {
            throw DriftError(Diagnostic(message: "template \(templatePath) not found; pass --template FILE"))
        }
        let template = try TemplateReader.read(path: templatePath)
        guard template["Resources"]?.mappingValue != nil else {
            throw DriftError(
                Diagnostic(
                    mark: .source(SourceMark(file: templatePath, line: 1, column: 1)),
                    message: "the template has no Resources mapping"))
        }
        return (template, try loadAccepted(path: acceptPath))
    }

    /// The accepted-drift file, when one is given.
    public static func loadAccepted(path acceptPath: String?) throws -> AcceptedDrift? {
        guard let acceptPath else { return nil }
        guard FileChecks.exists(acceptPath) else {
            throw DriftError(Diagnostic(mark: .none, message: "accepted-drift file \(acceptPath) not found"))
        }
        return try AcceptedDrift.load(path: acceptPath)
    }

    /// One stack's report; throws when the run cannot decide (missing stack, access denied).
    /// - Parameter deadline: the end of the whole command (several stacks share one); else `timeout` from now.
    public func run(stack: String, client: AWSClient, deadline: ContinuousClock.Instant? = nil) async throws
        -> DriftReport
    {
        let deadline = deadline ?? timeout.map { ContinuousClock.now + $0 }
        var options = DriftEngine.Options(
            template: template, concurrency: concurrency, cloudFormationDrift: cloudFormationDrift, deadline: deadline)
        options.waitForSettle = wait
        let engine = DriftEngine(client: client, options: options)
        // Every call under this run is cut to what remains of the deadline, calls in flight included.
        var report = try await CommandDeadline.$end.withValue(deadline) { try await engine.run(stackName: stack) }
        if let templateName { report.notes.insert("template: \(templateName)", at: 0) }
        return accepted.map { $0.apply(to: report, today: today()) } ?? report
    }

    /// Several stacks at once, each with its own calls bounded by `concurrency`; at most `stacks`
    /// stacks in flight. Each element is the report or the error that kept it from one.
    public func run(stacks: [String], client: AWSClient, parallel: Int = 4) async -> [Result<DriftReport, DriftFailure>]
    {
        // `timeout` bounds the whole command, however many stacks it checks.
        let deadline = timeout.map { ContinuousClock.now + $0 }
        return await BoundedConcurrency.map(stacks, limit: parallel) { stack in
            do {
                return .success(try await run(stack: stack, client: client, deadline: deadline))
            } catch {
                return .failure(DriftFailure(stack: stack, region: client.region, error: error))
            }
        }
    }
}

/// A stack the run could not decide about, with the diagnostic of the error that stopped it.
public struct DriftFailure: Error, Sendable {
    public var stack: String
    public var region: String?
    public var diagnostic: Diagnostic

    public init(stack: String, region: String? = nil, error: any Error) {
        self.init(stack: stack, region: region, diagnostic: Diagnostic(error: error))
    }

    public init(stack: String, region: String? = nil, diagnostic: Diagnostic) {
        self.stack = stack
        self.region = region
        self.diagnostic = diagnostic
    }

    /// Exit 3 when throttled or out of time, else 2: a stack without a report is never a pass or a finding.
    public var exitClass: ExitClass { diagnostic.exitClass == .inconclusive ? .inconclusive : .undecided }
    public var isInconclusive: Bool { exitClass == .inconclusive }
    /// The first line, as stderr and a report's ERROR entry carry it.
    public var message: String { DiagnosticText.line(diagnostic) }
}
