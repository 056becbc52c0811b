import AWS
import Findings

/// The stack-status rule applied before drift compares anything: a settled stack is checked; a stack
/// in progress is inconclusive (or, with `wait`, read again until it settles or the deadline); a failed,
/// rolled back or deleting stack is one `stack-status` finding; an unknown status is an error.
struct StackStatusGate: Sendable {
    var client: AWSClient
    var wait: Bool
    var deadline: ContinuousClock.Instant?
    var schedule = PollSchedule(initial: .seconds(2), maximum: .seconds(15))

    enum Outcome: Sendable {
        /// Go on and check this snapshot (re-read if the stack had to settle first).
        case check(StackSnapshot)
        /// The report is already decided by the status.
        case report(DriftReport)
    }

    /// - Throws: `StackReadError` for an unknown status (exit 2); AWS errors of the re-reads.
    func apply(_ snapshot: StackSnapshot, reload: @Sendable () async throws -> StackSnapshot) async throws -> Outcome {
        var current = snapshot
        var attempt = 0
        while true {
            switch current.verdict {
            case .settled:
                return .check(current)
            case .unknown:
                throw StackReadError.unknownStatus(stack: current.name, status: current.status)
            case .finding(let why):
                return .report(Self.findingReport(current, why: why))
            case .inProgress:
                let line = StackStatusVerdict.describe(stack: current.name, status: current.status)
                guard wait else {
                    return .report(Self.inconclusive(current, "\(line); pass --wait to wait for it to settle"))
                }
                let delay = schedule.delay(after: attempt, random: SystemRandomSource())
                guard let deadline, ContinuousClock.now + delay < deadline else {
                    return .report(Self.inconclusive(current, "\(line), and it did not settle before the deadline"))
                }
                try await Task.sleep(for: delay)
                attempt += 1
                current = try await reload()
            }
        }
    }

    static func findingReport(_ snapshot: StackSnapshot, why: String) -> DriftReport {
        let finding = Finding(
            logicalId: snapshot.name, resourceType: "AWS::CloudFormation::Stack", kind: .stackStatus,
            path: "/StackStatus", expected: .string("CREATE_COMPLETE, UPDATE_COMPLETE or IMPORT_COMPLETE"),
            actual: .string(snapshot.status),
            explanation: "\(why) (\(snapshot.status)); nothing else was compared")
        return DriftReport(stack: snapshot.name, findings: [finding], coverage: [], region: snapshot.region)
    }

    static func inconclusive(_ snapshot: StackSnapshot, _ reason: String) -> DriftReport {
        DriftReport(
            stack: snapshot.name, findings: [], coverage: [], inconclusiveReasons: [reason], region: snapshot.region)
    }
}
