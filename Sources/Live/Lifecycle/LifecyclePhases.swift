import AWS
import FoundationEssentials
import Findings
import Report
import Template

/// The four phases of one region's stack, each turned into a `LifecyclePhase` whatever happens:
/// an outcome, an AWS error, a spec error, or an interrupt (cancellation).
struct LifecyclePhases: Sendable {
    var spec: TestSpec
    var templateBody: String
    var template: Node
    var client: AWSClient
    var region: String
    var stack: String
    var token: String
    var say: @Sendable (String) -> Void

    /// Deploy, then smoke, then drift; a phase that does not pass skips the rest.
    func deploySmokeDrift() async -> [LifecyclePhase] {
        let bodies: [(String, () async throws -> LifecyclePhase)] = [
            ("deploy", deploy), ("smoke", smoke), ("drift", drift),
        ]
        var results: [LifecyclePhase] = []
        var skipReason: String?
        for (name, body) in bodies {
            if Task.isCancelled { skipReason = "not run: interrupted" }
            if let skipReason {
                results.append(LifecyclePhase(name: name, status: .skipped, detail: skipReason))
                continue
            }
            let started = ContinuousClock.now
            var phase: LifecyclePhase
            do {
                phase = try await body()
            } catch {
                phase = Self.failure(name, error)
            }
            phase.seconds = (ContinuousClock.now - started).secondsValue
            results.append(phase)
            if phase.status != .pass { skipReason = "not run: \(name) did not pass" }
        }
        return results
    }

    func deploy() async throws -> LifecyclePhase {
        let request = DeployRequest(
            stackName: stack, templateBody: templateBody, parameters: try spec.parameters(region: region, token: token),
            capabilities: spec.capabilities, timeout: spec.deployTimeout)
        let outcome = try await Deployer(cloudFormation: client.cloudFormation) { [say] in say("deploy: \($0)") }
            .deploy(request)
        switch outcome {
        case .succeeded(let status):
            return LifecyclePhase(name: "deploy", status: .pass, detail: "stack \(stack) is \(status)")
        case .noChanges, .changeSetReady, .executing:
            return LifecyclePhase(name: "deploy", status: .pass, detail: "stack \(stack) is up to date")
        case .failed(let status, let reason, let failures):
            let text = ChangeSetText.failure(stackName: stack, status: status, reason: reason, failures: failures)
            let lines = text.split(separator: "\n").map(String.init)
            return LifecyclePhase(
                name: "deploy", status: .fail, detail: lines.first ?? text, lines: Array(lines.dropFirst()))
        case .changeSetFailed(let reason):
            return LifecyclePhase(
                name: "deploy", status: .fail, detail: "CloudFormation could not create the change set: \(reason)")
        case .timedOut(let status):
            return LifecyclePhase(
                name: "deploy", status: .inconclusive,
                detail: "still \(status) after \(DurationText.format(spec.deployTimeout)) (deployTimeout)")
        }
    }

    func smoke() async throws -> LifecyclePhase {
        let probe = SmokeProbe(client: client, options: SmokeOptions(stackName: stack, timeout: spec.smokeTimeout)) {
            [say] progress in
            guard progress.nextPollIn != nil else { return }
            say("smoke: pass \(progress.pass): \(progress.passing) of \(progress.total) checks passing")
        }
        let report = try await probe.run()
        let passed = report.checks.filter { $0.status == .pass }.count
        var lines: [String] = []
        for check in report.checks where check.status != .pass {
            lines.append("\(check.name) \(check.status.rawValue): \(check.detail)")
            lines += check.diagnostics.map { "  \($0)" }
        }
        let status: LifecyclePhase.Status =
            switch report.status {
            case .pass: .pass
            case .fail: .fail
            case .inconclusive: .inconclusive
            }
        var detail = "\(passed) of \(report.checks.count) checks passed"
        if let first = report.checks.first(where: { $0.status != .pass }) {
            detail += "; \(first.name): \(first.detail)"
        }
        return LifecyclePhase(name: "smoke", status: status, detail: detail, lines: lines)
    }

    func drift() async throws -> LifecyclePhase {
        let report = try await DriftJob(template: template, timeout: spec.driftTimeout).run(
            stack: stack, client: client)
        let lines =
            report.failing.map {
                "\($0.logicalId) \($0.kind.rawValue) \($0.path): \($0.explanation)"
            } + report.inconclusiveReasons.map { "inconclusive: \($0)" }
        let summary = "\(report.count("checked")) checked, \(report.count("notChecked")) not checked"
        switch report.status {
        case .inSync:
            return LifecyclePhase(name: "drift", status: .pass, detail: "IN_SYNC (\(summary))")
        case .drifted:
            return LifecyclePhase(
                name: "drift", status: .fail, detail: "DRIFTED: \(report.failing.count) findings (\(summary))",
                lines: lines)
        case .inconclusive:
            return LifecyclePhase(
                name: "drift", status: .inconclusive, detail: "INCONCLUSIVE (\(summary))", lines: lines)
        }
    }

    /// Never cancelled: it runs after an interrupt too. Returns the phase and the clean-up notes.
    func delete() async -> (LifecyclePhase, [String]) {
        let started = ContinuousClock.now
        let deleter = StackDeleter(cloudFormation: client.cloudFormation) { [say] in say("delete: \($0)") }
        var phase: LifecyclePhase
        var notes: [String] = []
        do {
            let (found, outcome) = try await deleter.delete(stackName: stack, timeout: spec.deleteTimeout)
            notes = found.map { CleanupNotes.notes(parameters: $0.parameters, region: region) } ?? []
            phase = DeleteText.phase(stack: stack, outcome: outcome, timeout: spec.deleteTimeout)
        } catch {
            phase = Self.failure("delete", error)
        }
        phase.seconds = (ContinuousClock.now - started).secondsValue
        return (phase, notes)
    }

    /// An exception as a phase: an interrupt and throttling are inconclusive, anything else an error.
    static func failure(_ name: String, _ error: any Error) -> LifecyclePhase {
        if error is CancellationError {
            return LifecyclePhase(name: name, status: .inconclusive, detail: "interrupted (SIGINT/SIGTERM)")
        }
        let diagnostic = Diagnostic(error: error)
        return LifecyclePhase(
            name: name, status: diagnostic.exitClass == .inconclusive ? .inconclusive : .error,
            detail: DiagnosticText.line(diagnostic))
    }
}
