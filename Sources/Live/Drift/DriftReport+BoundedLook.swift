import AWS
import Findings

extension DriftReport {
    /// Files how a look beyond the resources' own checks ended (the unmanaged scopes, the tagged resources, a
    /// foreign revision), each run against the drift deadline: its findings are added; a throttled or cut-off
    /// call (named `inconclusive: ...` where the look gives that label) and the deadline are inconclusive
    /// reasons; a call the caller may not make is thrown, as in every checker; any other error is a note,
    /// and the rest of the run stands.
    mutating func file(
        _ outcome: Deadline.Outcome<[Finding]>, inconclusive label: String?, notChecked: (any Error) -> String,
        outOfTime: String
    ) throws {
        switch outcome {
        case .finished(.success(let found)):
            findings += found
        case .finished(.failure(let error)):
            if let label, let call = error as? AWSError, call.isInconclusive {
                inconclusiveReasons.append("\(label): \(DriftEngine.describe(call))")
            } else if UnmanagedCheck.stopsTheRun(error) {
                throw error
            } else {
                notes.append(notChecked(error))
            }
        case .timedOut:
            inconclusiveReasons.append(outOfTime)
        }
    }
}
