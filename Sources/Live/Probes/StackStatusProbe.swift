import AWS

/// `stack-status`: the stack settled (`*_COMPLETE`); a failed one names its failed resources' events.
struct StackStatusProbe: Probe {
    let pattern = "stack-status"
    let summary = "the stack settled (CREATE, UPDATE or IMPORT_COMPLETE); a failed one names its failed resources"
    let operations = CloudFormation.Operation.list(.describeStackEvents)
    let readsResources = false

    func evaluate(_ context: ProbeContext) async throws -> [ProbeResult] {
        let snapshot = context.snapshot
        var failures: [CloudFormation.StackEvent] = []
        if case .finding = snapshot.verdict {
            // The events of the last operation, newest first, back to where it started.
            let events = try await context.client.cloudFormation.describeStackEvents(stackName: snapshot.stackId).items
            for event in events {
                if event.resourceType == "AWS::CloudFormation::Stack",
                    ["CREATE_IN_PROGRESS", "UPDATE_IN_PROGRESS", "IMPORT_IN_PROGRESS"].contains(event.status)
                {
                    break
                }
                if event.isResourceFailure { failures.insert(event, at: 0) }
            }
        }
        return [
            (name, RuntimeChecks.stackStatus(snapshot.status, reason: snapshot.statusReason, failures: failures))
        ]
    }
}
