import AWS
import ArgumentParser
import FoundationEssentials
import Findings
import Live
import Report

/// Smoke over a fleet: each stack probed with a client for its own region and profile, all at once;
/// one document with a report per stack, and the worst exit code (an error outranks a failure, a
/// failure outranks inconclusive).
enum FleetSmoke {
    static func run(
        _ stacks: [FleetStack], aws: AWSOptions, options: SmokeOptions, limits: FleetLimits, format: OutputFormat
    ) async throws {
        var clients = FleetClients(aws: aws, deadline: .seconds(30))
        var probes: [(slot: FleetSlot, item: (String, AWSClient))] = []
        for stack in stacks {
            let client = try clients.client(for: stack)
            probes.append((clients.slot(for: stack, client: client), (stack.name, client)))
        }
        let results = await FleetGate(limits: limits).map(probes) { item -> Result<ProbeReport, DriftFailure> in
            var own = options
            own.stackName = item.0
            do {
                return .success(try await SmokeProbe(client: item.1, options: own).run())
            } catch {
                return .failure(DriftFailure(stack: item.0, error: error))
            }
        }
        for case .failure(let failure) in results { Console.error("\(failure.stack): \(failure.message)") }
        Console.out(render(results, format: format))
        let code = DriftOutput.combinedExitCode(results.map { $0.exitCode })
        if code != 0 { throw ExitCode(code) }
    }

    /// Every stack in the order given, one that could not be probed included (never dropped), in one envelope.
    static func render(_ results: [Result<ProbeReport, DriftFailure>], format: OutputFormat) -> String {
        let reports = results.compactMap { try? $0.get() }
        let failures = results.compactMap { result -> StackFailure? in
            guard case .failure(let failure) = result else { return nil }
            return failure.stackFailure
        }
        switch format {
        case .json:
            let entries = results.map { result in
                switch result {
                case .success(let report): ProbeJSONRenderer.value(report, region: nil)
                case .failure(let failure): failure.stackFailure.json
                }
            }
            return ReportEnvelope.json(command: "smoke", stacks: entries).pretty
        case .junit:
            return JUnitWriter.xml(
                name: "stackcheck smoke",
                suites: reports.map(ProbeJUnitRenderer.suite)
                    + failures.map { $0.junitSuite(command: "smoke") })
        case .markdown:
            return (reports.map(ProbeMarkdownRenderer.render) + failures.map { $0.markdown(command: "smoke") })
                .joined(separator: "\n")
        case .html:
            return ProbeHTMLRenderer.render(
                reports, failures: failures.map { HTMLStackFailure(stack: $0.stack, message: $0.message) },
                generated: HTMLGenerated.line("smoke"))
        case .text:
            let style = TextStyle(enabled: Terminal.usesColor())
            return reports.map { ProbeTextRenderer.render($0, style: style) }.joined(separator: "\n")
        }
    }
}

extension Result where Success == ProbeReport, Failure == DriftFailure {
    var exitCode: Int32 {
        switch self {
        case .success(let report): report.exitCode
        case .failure(let failure): failure.exitClass.code
        }
    }
}
