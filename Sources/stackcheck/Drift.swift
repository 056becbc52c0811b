import AWS
import ArgumentParser
import BatchStack
import Foundation
import Live
import Report

/// `stackcheck drift --stack S`: the live stack against the golden, through each service's own API.
struct Drift: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drift",
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
            results = try await FleetDrift.run(stacks, aws: aws, options: driftOptions, parallel: parallelStacks)
        } catch let failure as CLIFailure {
            throw failure.report()
        } catch {
            throw CLIFailure.undecided("\(error)").report()
        }
        var reports: [DriftReport] = []
        var codes: [Int32] = []
        var failed: [DriftHTMLRenderer.Failure] = []
        for result in results {
            switch result {
            case .success(let report):
                reports.append(report)
                codes.append(report.status.exitCode)
            case .failure(let failure):
                FileHandle.standardError.write(Data((failure.message + "\n").utf8))
                codes.append(failure.isInconclusive ? 3 : 2)
                failed.append(DriftHTMLRenderer.Failure(stack: failure.stack, message: failure.message))
            }
        }
        if format == .html {
            print(
                DriftHTMLRenderer.render(
                    reports, failures: failed, template: job.template, generated: HTMLGenerated.line("drift")),
                terminator: "")
        } else {
            print(DriftOutput.render(reports, format: format, several: stacks.count > 1), terminator: "")
        }
        let code = DriftOutput.combinedExitCode(codes)
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

    @Option(help: "Give up after this long (e.g. 90s, 5m); what is not checked by then makes the run inconclusive.")
    var timeout: String?

    @Option(help: "Describe calls in flight at once per stack.")
    var concurrency: Int = 8

    func validate() throws {
        if let timeout, DurationText.parse(timeout) == nil {
            throw ValidationError("--timeout must be a duration such as 90s, 5m or 1h, not '\(timeout)'")
        }
        guard concurrency >= 1 else { throw ValidationError("--concurrency must be at least 1") }
    }

    var timeoutDuration: Duration? { timeout.flatMap(DurationText.parse) }

    /// Each AWS call's own deadline: never longer than the whole run's.
    var callDeadline: Duration { min(timeoutDuration ?? .seconds(120), .seconds(120)) }

    func job() throws -> DriftJob {
        do {
            let golden = "Golden/template.json"
            let path = template ?? (FileManager.default.fileExists(atPath: golden) ? golden : nil)
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
            return job
        } catch {
            throw CLIFailure.undecided("\(error)")
        }
    }
}

enum DriftOutput {
    /// One stack prints its report as is; several print one document holding a report per stack.
    static func render(_ reports: [DriftReport], format: OutputFormat, several: Bool) -> String {
        switch format {
        case .text:
            let renderer = DriftTextRenderer(style: TextStyle(enabled: Terminal.usesColor()))
            return reports.map(renderer.render).joined(separator: "\n")
        case .json:
            if !several, let only = reports.first { return DriftJSONRenderer.render(only) }
            return JSONValue.object([
                ("schemaVersion", .number(DriftReport.schemaVersion)),
                ("stacks", .array(reports.map(DriftJSONRenderer.value))),
            ]).pretty
        case .junit:
            if !several, let only = reports.first { return DriftJUnitRenderer.render(only) }
            return JUnitWriter.xml(name: "stackcheck drift", suites: reports.flatMap(DriftJUnitRenderer.suites))
        case .markdown, .html:
            // HTML needs the template for its graph: `Drift.run` renders it with `DriftHTMLRenderer`.
            return reports.map(DriftMarkdownRenderer.render).joined(separator: "\n")
        }
    }

    /// An error outranks drift, drift outranks inconclusive, inconclusive outranks in sync.
    static func combinedExitCode(_ codes: [Int32]) -> Int32 {
        for code: Int32 in [2, 1, 3] where codes.contains(code) { return code }
        return 0
    }
}
