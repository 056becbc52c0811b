import AWS
import ArgumentParser
import FoundationEssentials
import Findings
import Live
import Report

/// `stackcheck smoke --stack S`: the seed README's post-deploy validation in one command that waits,
/// explains and reports for CI. Exit 0 pass, 1 fail, 2 error, 3 inconclusive.
struct Smoke: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "smoke", _superCommandName: StackCheck.name,
        abstract: "Probe a deployed stack: status, ALB DNS output, running tasks, target health.",
        discussion: Self.discussion)

    /// The checks as the probe registry lists them, so help never drifts from what smoke runs.
    static let discussion =
        "Checks (services and target groups come from the stack's resources):\n"
        + ProbeRegistry.listing(indent: "  ")
        + "\nPolls with backoff until every check passes or the timeout; --timeout 0 is one pass."

    @Option(help: "The stack name or id.")
    var stack: String?

    @OptionGroup var fleet: FleetOptions

    @Option(help: "How long to keep polling, e.g. 10m or 90s; 0 is one pass.")
    var timeout = DurationArgument(.seconds(600))

    @Flag(help: "Also check that the LoadBalancerDNS name resolves.")
    var resolve = false

    @Option(help: "Also GET this path on the load balancer (e.g. /health) and expect a 2xx or 3xx answer.")
    var httpPath: String?

    @Option(help: "Output format: text, json, junit, markdown or html.")
    var format: OutputFormat = .text

    @OptionGroup var aws: AWSOptions

    func validate() throws {
        guard stack != nil || fleet.stacksFile != nil else {
            throw ValidationError("--stack (or --stacks-file) is required")
        }
    }

    func run() async throws {
        try await CLIFailure.run {
            let options = SmokeOptions(
                stackName: stack ?? "", timeout: timeout.duration, resolve: resolve, httpPath: httpPath)
            if fleet.stacksFile != nil || fleet.shard != nil {
                let stacks = try fleet.stacks(named: stack.map { [$0] } ?? [])
                try await FleetSmoke.run(
                    stacks, aws: aws, options: options, limits: fleet.limits(total: 8), format: format)
                return
            }
            let line = ProgressLine(interactive: Terminal.isErrorInteractive)
            let client = try aws.makeClient(deadline: .seconds(30))
            let probe = SmokeProbe(client: client, options: options) { line.show($0) }
            let outcome: Result<ProbeReport, StackFailure>
            do {
                outcome = .success(try await probe.run())
            } catch let error as StackReadError {
                outcome = .failure(
                    StackFailure(stack: options.stackName, region: client.region, diagnostic: error.diagnostic))
            } catch let error as AWSError {
                outcome = .failure(
                    StackFailure(stack: options.stackName, region: client.region, diagnostic: error.diagnostic))
            }
            if case .failure(let failure) = outcome { Console.diagnostic(failure.diagnostic) }
            Console.out(Self.render(outcome, region: client.region, format: format))
            let code: Int32 =
                switch outcome {
                case .success(let report): report.exitCode
                case .failure(let failure): failure.exitCode
                }
            if code != 0 { throw ExitCode(code) }
        }
    }

    /// The report, or the stack that could not be probed, in every format (never dropped from one).
    static func render(_ outcome: Result<ProbeReport, StackFailure>, region: String, format: OutputFormat) -> String {
        switch (outcome, format) {
        case (.success(let report), .json): ProbeJSONRenderer.render(report, region: region)
        case (.success(let report), .junit): ProbeJUnitRenderer.render(report)
        case (.success(let report), .markdown): ProbeMarkdownRenderer.render(report)
        case (.success(let report), .html): ProbeHTMLRenderer.render([report], generated: HTMLGenerated.line("smoke"))
        case (.success(let report), .text):
            ProbeTextRenderer.render(report, style: TextStyle(enabled: Terminal.usesColor()))
        case (.failure(let failure), .json): ReportEnvelope.json(command: "smoke", stacks: [failure.json]).pretty
        case (.failure(let failure), .junit):
            JUnitWriter.xml(name: "stackcheck smoke", suites: [failure.junitSuite(command: "smoke")])
        case (.failure(let failure), .markdown): failure.markdown(command: "smoke")
        case (.failure(let failure), .html):
            ProbeHTMLRenderer.render(
                [], failures: [HTMLStackFailure(stack: failure.stack, message: failure.message)],
                generated: HTMLGenerated.line("smoke"))
        case (.failure, .text): ""
        }
    }
}

/// Polling progress on stderr: one line redrawn in place on a terminal, plain lines in a CI log.
/// The report itself goes to stdout, so `--format json` stays machine-readable.
private struct ProgressLine: Sendable {
    var interactive: Bool

    func show(_ progress: SmokeProbe.Progress) {
        guard let next = progress.nextPollIn else {
            if interactive, progress.pass > 1 { write("\r\u{1B}[K") }
            return
        }
        var text = "smoke: pass \(progress.pass): \(progress.passing) of \(progress.total) checks passing"
        if !progress.failingNames.isEmpty {
            text +=
                " (waiting on \(progress.failingNames.prefix(3).joined(separator: ", "))"
                + (progress.failingNames.count > 3 ? ", ..." : "") + ")"
        }
        text += "; next poll in \(DurationText.format(next)), \(DurationText.format(progress.remaining)) left"
        write(interactive ? "\r\u{1B}[K" + text : text + "\n")
    }

    private func write(_ text: String) {
        Console.errorRaw(text)
    }
}
