import AWS
import ArgumentParser
import Foundation
import Live
import Report

/// Smoke over a fleet: each stack probed with a client for its own region and profile, all at once;
/// one document with a report per stack, and the worst exit code (an error outranks a failure, a
/// failure outranks inconclusive).
enum FleetSmoke {
    static func run(_ stacks: [FleetStack], aws: AWSOptions, options: SmokeOptions, format: OutputFormat) async throws {
        var probes: [(String, AWSClient)] = []
        for stack in stacks {
            var scoped = aws
            scoped.region = stack.region ?? aws.region
            scoped.profile = stack.profile ?? aws.profile
            probes.append((stack.name, try scoped.makeClient(deadline: .seconds(30))))
        }
        let results = await BoundedConcurrency.map(probes, limit: 8) { item -> Result<ProbeReport, DriftFailure> in
            var own = options
            own.stackName = item.0
            do {
                return .success(try await SmokeProbe(client: item.1, options: own).run())
            } catch {
                return .failure(DriftFailure(stack: item.0, error: error))
            }
        }
        var reports: [ProbeReport] = []
        var codes: [Int32] = []
        for result in results {
            switch result {
            case .success(let report):
                reports.append(report)
                codes.append(report.exitCode)
            case .failure(let failure):
                FileHandle.standardError.write(Data("\(failure.stack): \(failure.message)\n".utf8))
                codes.append(failure.isInconclusive ? 3 : 2)
            }
        }
        Smoke.write(render(reports, format: format))
        let code = DriftOutput.combinedExitCode(codes)
        if code != 0 { throw ExitCode(code) }
    }

    static func render(_ reports: [ProbeReport], format: OutputFormat) -> String {
        switch format {
        case .json:
            return JSONValue.object([
                ("schemaVersion", .number(1)), ("stacks", .array(reports.map(ProbeJSONRenderer.value))),
            ]).pretty
        case .junit: return reports.map(ProbeJUnitRenderer.render).joined(separator: "\n")
        case .markdown: return reports.map(ProbeMarkdownRenderer.render).joined(separator: "\n")
        case .html: return ProbeHTMLRenderer.render(reports, generated: HTMLGenerated.line("smoke"))
        case .text:
            let style = TextStyle(enabled: Terminal.usesColor())
            return reports.map { ProbeTextRenderer.render($0, style: style) }.joined(separator: "\n")
        }
    }
}
