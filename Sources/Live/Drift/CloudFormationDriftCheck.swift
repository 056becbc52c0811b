import AWS
import Findings
import Template

/// CloudFormation's own DetectStackDrift, polled to completion, as findings of kind
/// `cloudFormationDrift`. An endpoint that does not support it makes this part "not checked".
struct CloudFormationDriftCheck: Sendable {
    var client: AWSClient
    var pollInterval: Duration

    static let logicalId = "(cloudformation-drift)"

    struct Outcome: Sendable {
        var result = PropertyComparison.Result()
        var inconclusive: [String] = []
    }

    static let operations = CloudFormation.Operation.list(
        .detectStackDrift, .describeStackDriftDetectionStatus, .describeStackResourceDrifts)

    /// Throws only when access is denied: that is an answer about the caller, not the endpoint.
    func run(stackName: String, deadline: ContinuousClock.Instant?) async throws -> Outcome {
        let client = self.client
        let interval = pollInterval
        let outcome = await Deadline.run(until: deadline) { () async throws -> [CloudFormation.ResourceDrift]? in
            let id = try await client.cloudFormation.detectStackDrift(stackName: stackName)
            while true {
                let status = try await client.cloudFormation.describeStackDriftDetectionStatus(detectionId: id)
                if status.detectionStatus == "DETECTION_IN_PROGRESS" {
                    try await Task.sleep(for: interval)
                    continue
                }
                // DETECTION_FAILED still lists what it could check; the rest stay NOT_CHECKED.
                return try await client.cloudFormation.describeStackResourceDrifts(stackName: stackName)
            }
        }
        var out = Outcome()
        switch outcome {
        case .timedOut:
            out.inconclusive.append("out of time waiting for CloudFormation drift detection")
            out.result.coverage.append(entry(.notChecked(reason: "out of time")))
        case .finished(.failure(let error as AWSError)) where error.isThrottling || error.kind == .deadlineExceeded:
            out.inconclusive.append("CloudFormation drift detection: \(DriftEngine.describe(error))")
            out.result.coverage.append(entry(.notChecked(reason: DriftEngine.describe(error))))
        case .finished(.failure(let error as AWSError)) where error.missingAction != nil:
            throw error
        case .finished(.failure(let error)):
            let why = (error as? AWSError).map(DriftEngine.describe) ?? "\(error)"
            out.result.coverage.append(entry(.notChecked(reason: "the endpoint does not support it: \(why)")))
        case .finished(.success(let drifts)):
            for drift in drifts ?? [] { out.result.findings += findings(drift) }
            out.result.coverage.append(entry(out.result.findings.isEmpty ? .checked : .drifted))
        }
        return out
    }

    func entry(_ state: CoverageEntry.State) -> CoverageEntry {
        CoverageEntry(logicalId: Self.logicalId, resourceType: "AWS::CloudFormation::Stack", path: "", state: state)
    }

    func findings(_ drift: CloudFormation.ResourceDrift) -> [Finding] {
        let base = FindingPath.resource(drift.logicalId)
        switch drift.driftStatus {
        case "DELETED":
            return [
                Finding(
                    logicalId: drift.logicalId, resourceType: drift.resourceType, kind: .cloudFormationDrift,
                    path: base,
                    explanation: "CloudFormation drift detection: the resource was deleted")
            ]
        case "MODIFIED":
            return drift.differences.map { difference in
                Finding(
                    logicalId: drift.logicalId, resourceType: drift.resourceType, kind: .cloudFormationDrift,
                    path: base + "/Properties" + difference.path,
                    expected: difference.expected.map { .string($0) }, actual: difference.actual.map { .string($0) },
                    explanation: "CloudFormation drift detection: \(difference.differenceType) at \(difference.path)")
            }
        default:
            return []
        }
    }
}
