import AWS
import Findings
import TextBasics

/// How a delete's end reads, for `stackcheck delete` and the `delete` phase of `stackcheck test`.
public enum DeleteText {
    /// One line, then each failing resource and its reason.
    public static func lines(stack: String, outcome: DeleteOutcome, timeout: Duration?) -> [String] {
        switch outcome {
        case .deleted:
            return ["Stack \(stack) is deleted (DELETE_COMPLETE)."]
        case .notFound:
            return ["note: stack \(stack) does not exist; nothing to delete."]
        case .timedOut(let status):
            return [
                "Stopped waiting after \(timeout.map(DurationText.format) ?? "the deadline"): stack \(stack) is still "
                    + "\(status); CloudFormation carries on."
            ]
        case .failed(let status, let reason, let failures):
            var lines = [
                "Delete failed: stack \(stack) is \(status)"
                    + (reason.map { " (\($0.trimmed(.whitespaces)))" } ?? "")
            ]
            if failures.isEmpty {
                lines.append("  no resource reported a failure; see the stack's events")
            } else {
                lines.append("Failed resources:")
                for event in failures {
                    lines.append(
                        "  \(event.logicalId) (\(event.resourceType)) \(event.status): \(event.statusReason ?? "no reason given")"
                    )
                }
            }
            lines.append("Fix what holds the resource, then delete again (stackcheck delete --stack \(stack)).")
            return lines
        }
    }

    public static func phase(stack: String, outcome: DeleteOutcome, timeout: Duration?) -> LifecyclePhase {
        let lines = lines(stack: stack, outcome: outcome, timeout: timeout)
        let status: LifecyclePhase.Status =
            switch outcome {
            case .deleted, .notFound: .pass
            case .failed: .fail
            case .timedOut: .inconclusive
            }
        let detail =
            if case .notFound = outcome { "nothing to delete: stack \(stack) does not exist" } else { lines[0] }
        return LifecyclePhase(name: "delete", status: status, detail: detail, lines: Array(lines.dropFirst()))
    }
}
