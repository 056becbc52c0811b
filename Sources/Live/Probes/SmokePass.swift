import AWS

/// One pass over every probe of `ProbeRegistry`. The stack is read once (`StackLoader`, every page of its
/// resources) and services and target groups come from its resources, never from names; the probes then
/// run at once, each reporting in registry order.
struct SmokePass: Sendable {
    let client: AWSClient
    let options: SmokeOptions
    let transport: any HTTPTransport
    var probes: [any Probe] = ProbeRegistry.standard

    /// The checks, and the stack as this pass read it (nil when DescribeStacks went unanswered).
    func run() async throws -> (results: [ProbeResult], snapshot: StackSnapshot?) {
        let snapshot: StackSnapshot
        let resourcesError: AWSError?
        do {
            (snapshot, resourcesError) = try await StackLoader(client: client).loadTolerating(
                stackName: options.stackName)
        } catch let error as AWSError {
            return ([("stack-status", try ProbeContext.unknown(error))], nil)
        }
        if snapshot.verdict == .unknown {
            throw StackReadError.unknownStatus(stack: options.stackName, status: snapshot.status)
        }
        let context = ProbeContext(
            snapshot: snapshot, client: client, options: options, transport: transport,
            services: ServiceAnswers(snapshot: snapshot, ecs: client.ecs))
        // Without its resources only the probes that need none can judge the stack; the rest wait a pass.
        let usable = resourcesError == nil ? probes : probes.filter { !$0.readsResources }
        var results = try await withThrowingTaskGroup(of: (Int, [ProbeResult]).self) { group in
            for (index, probe) in usable.enumerated() {
                group.addTask { (index, try await probe.evaluate(context)) }
            }
            return try await group.reduce(into: []) { $0.append($1) }.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
        if let resourcesError { results.append(("resources", try ProbeContext.unknown(resourcesError))) }
        return (results, snapshot)
    }
}
