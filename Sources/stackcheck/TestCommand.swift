import AWS
import ArgumentParser
import Dispatch
import Findings
import FoundationEssentials
import Live
import Report
import Template

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `stackcheck test --spec F`: the whole lifecycle of a throwaway stack per region, in parallel, as one
/// CI step: deploy, smoke, drift (a fresh stack must be in sync), and delete, always.
struct TestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test", _superCommandName: StackCheck.name,
        abstract: "Deploy a throwaway stack per region, smoke it, check drift, and delete it, as one test.",
        discussion: """
            The spec (YAML or JSON) names the template, stackNamePrefix, regions, capabilities, parameters \
            and regionParameters (${stackcheck:random} and ${stackcheck:region} expand in values), and \
            smokeTimeout. The stacks are deleted whatever happens, also on SIGINT/SIGTERM, unless \
            --keep-on-failure and a phase did not pass. Exit code: the worst phase's (0 pass, 1 fail, \
            2 error, 3 inconclusive or interrupted). Progress goes to stderr, the report to stdout.
            """)

    @Option(help: "The test spec (YAML or JSON).")
    var spec: String

    @Option(help: "Report format: text, json, junit or markdown.")
    var format: OutputFormat = .text

    @Flag(help: "Keep the stacks of a region where a phase did not pass (the report names them).")
    var keepOnFailure = false

    @OptionGroup var aws: AWSOptions

    func validate() throws {
        guard format != .html else { throw ValidationError("--format must be text, json, junit or markdown") }
    }

    func run() async throws {
        let runner: LifecycleRunner
        do {
            runner = try makeRunner()
        } catch let failure as CLIFailure {
            throw failure.report()
        }
        let stop = StopSignal()
        // The first signal stops the running phases and lets the deletes run; a second exits at once, leaving
        // the stacks (named on stderr by the deletes' progress).
        let handlers = SignalHandlers(
            stop: stop, first: "test: interrupted: stopping, then deleting the stacks",
            second: "test: second signal: exiting without cleaning up")
        defer { handlers.cancel() }
        let report = await runner.run(stop: stop)
        let text: String =
            switch format {
            case .json: LifecycleJSONRenderer.render(report)
            case .junit: LifecycleJUnitRenderer.render(report)
            case .markdown: LifecycleMarkdownRenderer.render(report)
            case .text, .html:  // html is refused in validate(): the lifecycle report has no HTML form yet
                LifecycleTextRenderer.render(report, style: TextStyle(enabled: Terminal.usesColor()))
            }
        Console.out(text)
        // An interrupted run never passes: what was cut short had no answer.
        let code = report.interrupted && report.exitCode == 0 ? 3 : report.exitCode
        if code != 0 { throw ExitCode(code) }
    }

    private func makeRunner() throws -> LifecycleRunner {
        let loaded: TestSpec
        do {
            loaded = try TestSpec.load(path: spec)
        } catch {
            throw CLIFailure(error.diagnostic)
        }
        let body: String
        let node: Node
        do {
            node = try TemplateReader.read(path: loaded.template)
            body = try String(contentsOfFile: loaded.template, encoding: .utf8)
        } catch let error as TemplateError {
            throw CLIFailure(error.diagnostic)
        } catch {
            throw CLIFailure(Diagnostic(mark: .file(loaded.template), message: "cannot read the template: \(error)"))
        }
        // Every region's configuration is resolved before anything is deployed, so a bad profile fails fast.
        var clients: [String: AWSClient] = [:]
        for region in loaded.regions {
            do {
                let configuration = try AWSConfiguration(
                    region: region, profile: aws.profile, endpointURL: aws.endpointURL)
                clients[region] = try AWSClient(
                    configuration: configuration, retry: RetryPolicy(deadline: .seconds(120)))
            } catch {
                throw CLIFailure.from(error)
            }
        }
        let resolved = clients
        return LifecycleRunner(
            spec: loaded, templateBody: body, template: node, keepOnFailure: keepOnFailure,
            client: { region in
                guard let client = resolved[region] else {
                    throw CLIFailure(
                        Diagnostic(message: "no client for \(region)", hint: "list the region in the spec's regions"))
                }
                return client
            },
            log: { Console.error($0) })
    }
}
