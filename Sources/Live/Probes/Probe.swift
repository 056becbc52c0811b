import AWS

/// One kind of smoke check. Adding one is a file with a type conforming to this and its line in
/// `ProbeRegistry.standard`; `smoke --help`, the README's list and smoke's IAM policy come from there.
protocol Probe: Sendable {
    /// How its checks are named in a report: `stack-status`, or `running-count:<service>` for one check
    /// per resource.
    var pattern: String { get }
    /// One line for `smoke --help` and the README.
    var summary: String { get }
    /// Every AWS operation `evaluate` may call (the stack's own reads are `StackLoader`'s).
    var operations: [AWSOperation] { get }
    /// Whether it judges the stack's resources (a pass that could not read them skips it).
    var readsResources: Bool { get }
    /// This pass's checks; throws only what ends the run (exit 2), never for an unanswered call.
    func evaluate(_ context: ProbeContext) async throws -> [ProbeResult]
}

extension Probe {
    /// The check's name, or the prefix of its names when there is one check per resource.
    var name: String { String(pattern.prefix { $0 != ":" }) }
    var operations: [AWSOperation] { [] }
    var readsResources: Bool { true }
}

typealias ProbeResult = (name: String, evaluation: Evaluation)

/// What one pass's probes share: the stack read once, the options, and the stack's ECS services
/// described once for every probe that needs them.
struct ProbeContext: Sendable {
    var snapshot: StackSnapshot
    var client: AWSClient
    var options: SmokeOptions
    var transport: any HTTPTransport
    var services: ServiceAnswers

    var settled: Bool { snapshot.verdict == .settled }

    func resources(ofType type: String) -> [StackSnapshot.Resource] { snapshot.resources.filter { $0.type == type } }

    /// A throttled or unanswered call leaves its check undecided; any other AWS error ends the run (exit 2).
    static func unknown(_ error: AWSError) throws -> Evaluation {
        guard error.isInconclusive else { throw error }
        return .unknown("no answer: \(error)")
    }
}

/// The probes `stackcheck smoke` runs, in report order.
public enum ProbeRegistry {
    static let standard: [any Probe] = [
        StackStatusProbe(),
        LoadBalancerProbe(),
        RunningCountProbe(),
        TargetHealthProbe(),
    ]

    /// Each probe's check name (or pattern) and one-line summary, for help text and the README.
    public static var catalog: [(pattern: String, summary: String)] { standard.map { ($0.pattern, $0.summary) } }

    /// The catalog as `smoke --help` and the README list it: one `pattern: summary` line each.
    public static func listing(indent: String = "", quote: String = "") -> String {
        catalog.map { "\(indent)\(quote)\($0.pattern)\(quote): \($0.summary)" }.joined(separator: "\n")
    }

    /// Every operation a probe may call, in registry order, each once.
    public static var operations: [AWSOperation] {
        var seen: [AWSOperation] = []
        for operation in standard.flatMap(\.operations) where !seen.contains(operation) { seen.append(operation) }
        return seen
    }
}
