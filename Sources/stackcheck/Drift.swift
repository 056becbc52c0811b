import AWS
import ArgumentParser
import BatchStack
import FoundationEssentials
import Findings
import Live
import Report
import TextBasics

/// `stackcheck drift --stack S`: the live stack against the golden, through each service's own API.
struct Drift: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drift", _superCommandName: StackCheck.name,
        abstract: "Compare a live stack with the template: inventory, deployed template, every property.",
        discussion: """
            Exit 0 in sync, 1 drifted (or an accepted drift expired), 2 the run could not decide \
            (missing stack, bad input, auth), 3 inconclusive (throttled or out of time).
            """)

    @Option(help: "The stack name or id; repeat to check several stacks in one run.")
    var stack: [String] = []

    @OptionGroup var driftOptions: DriftOptions
    @OptionGroup var fleet: FleetOptions
    @OptionGroup var aws: AWSOptions

    @Option(help: "Output format: text, json, junit, markdown or html.")
    var format: OutputFormat = .text

    @Option(help: "Stacks checked at once when several are given.")
    var parallelStacks: Int = 8

    func validate() throws {
        guard !stack.isEmpty || fleet.stacksFile != nil else {
            throw ValidationError("--stack (or --stacks-file) is required")
        }
        try driftOptions.validate()
        guard parallelStacks >= 1 else { throw ValidationError("--parallel-stacks must be at least 1") }
    }

    func run() async throws {
        let job: DriftJob
        let results: [Result<DriftReport, DriftFailure>]
        let stacks: [FleetStack]
        do {
            job = try driftOptions.job()
            stacks = try fleet.stacks(named: stack)
            results = try await FleetDrift.run(
                stacks, job: job, aws: aws, options: driftOptions, limits: fleet.limits(total: parallelStacks))
        } catch let failure as CLIFailure {
            throw failure.report()
        } catch {
            throw CLIFailure.from(error).report()
        }
        for case .failure(let failure) in results { Console.diagnostic(failure.diagnostic) }
        if format == .html {
            let reports = results.compactMap { try? $0.get() }
            let failed = results.compactMap { result -> DriftHTMLRenderer.Failure? in
                guard case .failure(let failure) = result else { return nil }
                return DriftHTMLRenderer.Failure(stack: failure.stack, message: failure.message)
            }
            Console.out(
                DriftHTMLRenderer.render(
                    reports, failures: failed, template: job.template, generated: HTMLGenerated.line("drift")))
        } else {
            Console.out(DriftOutput.render(results, format: format))
        }
        let code = DriftOutput.combinedExitCode(results.map { $0.exitCode })
        if code != 0 { throw ExitCode(code) }
    }
}

/// Options `drift` and `watch` share.
struct DriftOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The template the stack must match.",
            discussion: "Default: Golden/template.json when present, else the built-in reference template."))
    var template: String?

    @Option(help: "Accepted drift: a JSON file {\"accepted\": [{logicalId, path, reason, expires: YYYY-MM-DD}]}.")
    var accept: String?

    @Flag(help: "Also run CloudFormation's own drift detection and merge its findings.")
    var cloudformationDrift = false

    @Option(
        help: "Give up after this long (e.g. 90s, 5m); what is not checked by then makes the run inconclusive.",
        transform: DurationArgument.parse)
    var timeout: DurationArgument?

    @Option(help: "Describe calls in flight at once per stack.")
    var concurrency: Int = 8

    @Flag(help: "Wait for a stack in progress to settle (within --timeout, 30m if none) instead of exit 3.")
    var wait = false

    func validate() throws {
        guard concurrency >= 1 else { throw ValidationError("--concurrency must be at least 1") }
    }

    /// `--timeout`; with `--wait` and no `--timeout`, 30 minutes (a wait is never unbounded).
    var timeoutDuration: Duration? { timeout?.duration ?? (wait ? .seconds(1800) : nil) }

    /// Each AWS call's own deadline: never longer than the whole run's.
    var callDeadline: Duration { min(timeoutDuration ?? .seconds(120), .seconds(120)) }

    func job() throws -> DriftJob {
        do {
            let golden = "Golden/template.json"
            let path = template ?? (FileChecks.exists(golden) ? golden : nil)
            var job: DriftJob
            if let path {
                let (node, accepted) = try DriftJob.load(templatePath: path, acceptPath: accept)
                job = DriftJob(template: node, accepted: accepted)
                job.templateName = path
            } else {
                job = DriftJob(
                    template: BatchProcessingStack.template, accepted: try DriftJob.loadAccepted(path: accept))
                job.templateName = "the built-in reference template (stackcheck generate)"
            }
            job.concurrency = concurrency
            job.cloudFormationDrift = cloudformationDrift
            job.timeout = timeoutDuration
            job.wait = wait
            return job
        } catch {
            throw CLIFailure.from(error)
        }
    }
}

enum DriftOutput {
    /// Every stack in the order given, a stack that could not be checked included (as an ERROR or
    /// INCONCLUSIVE entry, a failing JUnit case, a Markdown section): the same shape for one and many.
    static func render(_ results: [Result<DriftReport, DriftFailure>], format: OutputFormat) -> String {
        switch format {
        case .text:
            let renderer = DriftTextRenderer(style: TextStyle(enabled: Terminal.usesColor()))
            return results.compactMap { result in
                if case .success(let report) = result { return renderer.render(report) }
                return nil
            }.joined(separator: "\n")
        case .json:
            let entries = results.map { result in
                switch result {
                case .success(let report): DriftJSONRenderer.value(report)
                case .failure(let failure): failure.stackFailure.json
                }
            }
            return ReportEnvelope.json(command: "drift", stacks: entries).pretty
        case .junit:
            let suites = results.flatMap { result in
                switch result {
                case .success(let report): DriftJUnitRenderer.suites(report)
                case .failure(let failure): [failure.stackFailure.junitSuite(command: "drift")]
                }
            }
            let name =
                if results.count == 1, case .success(let only) = results[0] {
                    "stackcheck drift \(only.stack): \(only.status.rawValue)"
                } else {
                    "stackcheck drift"
                }
            return JUnitWriter.xml(name: name, suites: suites)
        case .markdown, .html:
            // HTML needs the template for its graph: `Drift.run` renders it with `DriftHTMLRenderer`.
            return results.map { result in
                switch result {
                case .success(let report): DriftMarkdownRenderer.render(report)
                case .failure(let failure): failure.stackFailure.markdown(command: "drift")
                }
            }.joined(separator: "\n")
        }
    }

    static func combinedExitCode(_ codes: [Int32]) -> Int32 { ExitClass.worst(codes: codes) }
}

extension Result where Success == DriftReport, Failure == DriftFailure {
    var exitCode: Int32 {
        switch self {
        case .success(let report): report.status.exitCode
        case .failure(let failure): failure.exitClass.code
        }
    }
}

extension DriftFailure {
    var stackFailure: StackFailure { StackFailure(stack: stack, region: region, diagnostic: diagnostic) }
}
