import AWS
import FoundationEssentials
import Findings
import Template

/// `stackcheck test`: in every region of the spec at once, a fresh stack deployed, smoked, checked for
/// drift, and deleted. The delete always runs (after a failure, an error or an interrupt too) unless
/// `keepOnFailure` and something did not pass. An interrupt (`stop`) cuts the running phase short.
public struct LifecycleRunner: Sendable {
    public var spec: TestSpec
    public var templateBody: String
    public var template: Node
    public var keepOnFailure: Bool
    /// A client for one region.
    public var client: @Sendable (String) throws -> AWSClient
    /// Progress lines (stderr in the CLI), each prefixed with its region.
    public var log: @Sendable (String) -> Void

    public init(
        spec: TestSpec, templateBody: String, template: Node, keepOnFailure: Bool,
        client: @escaping @Sendable (String) throws -> AWSClient, log: @escaping @Sendable (String) -> Void
    ) {
        self.spec = spec
        self.templateBody = templateBody
        self.template = template
        self.keepOnFailure = keepOnFailure
        self.client = client
        self.log = log
    }

    public func run(stop: StopSignal) async -> LifecycleReport {
        var generator = SystemRandomNumberGenerator()
        let tokens = spec.regions.map { _ in TestSpec.randomToken(using: &generator) }
        let regions = await withTaskGroup(of: (Int, LifecycleRegion).self) { group in
            for (index, region) in spec.regions.enumerated() {
                group.addTask { (index, await runRegion(region, token: tokens[index], stop: stop)) }
            }
            return await group.reduce(into: []) { $0.append($1) }.sorted { $0.0 < $1.0 }.map(\.1)
        }
        return LifecycleReport(spec: spec.path, regions: regions, interrupted: stop.isStopped)
    }

    func runRegion(_ region: String, token: String, stop: StopSignal) async -> LifecycleRegion {
        let stack = spec.stackName(token: token)
        let say: @Sendable (String) -> Void = { [log] in log("[\(region)] \($0)") }
        let aws: AWSClient
        do {
            aws = try client(region)
        } catch {
            let phase = LifecyclePhase(name: "deploy", status: .error, detail: "\(error)")
            return LifecycleRegion(region: region, stack: stack, phases: [phase] + Self.skipped(after: "deploy"))
        }
        let phases = LifecyclePhases(
            spec: spec, templateBody: templateBody, template: template, client: aws, region: region, stack: stack,
            token: token, say: say)
        // The phases run in a task of their own, so an interrupt can cancel them and still clean up.
        let work = Task { await phases.deploySmokeDrift() }
        let watcher = Task {
            if await stop.sleep(for: .seconds(366 * 86400)) { work.cancel() }
        }
        var results = await work.value
        watcher.cancel()
        let passed = results.allSatisfy { $0.status == .pass }
        if keepOnFailure, !passed {
            say("kept stack \(stack) (--keep-on-failure)")
            results.append(
                LifecyclePhase(name: "delete", status: .skipped, detail: "kept stack \(stack) (--keep-on-failure)"))
            return LifecycleRegion(region: region, stack: stack, phases: results, kept: true)
        }
        let (delete, notes) = await phases.delete()
        return LifecycleRegion(region: region, stack: stack, phases: results + [delete], notes: notes)
    }

    static func skipped(after phase: String) -> [LifecyclePhase] {
        let names = ["deploy", "smoke", "drift"]
        guard let index = names.firstIndex(of: phase) else { return [] }
        return names[(index + 1)...].map {
            LifecyclePhase(name: $0, status: .skipped, detail: "not run: \(phase) did not pass")
        }
    }
}
