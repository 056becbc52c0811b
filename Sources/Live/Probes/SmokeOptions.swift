import Findings

/// What `stackcheck smoke` checks and for how long.
public struct SmokeOptions: Sendable {
    public var stackName: String
    /// Polls until every check passes or this much time has passed; zero is exactly one pass.
    public var timeout: Duration
    /// Also resolve the `LoadBalancerDNS` output's name.
    public var resolve: Bool
    /// Also GET `http://<LoadBalancerDNS><httpPath>` and expect a 2xx or 3xx answer.
    public var httpPath: String?
    /// Each service must run at least this many tasks (the seed README's "exactly 2 tasks each").
    public var minimumTasks: Int

    public init(
        stackName: String, timeout: Duration = .seconds(600), resolve: Bool = false, httpPath: String? = nil,
        minimumTasks: Int = 2
    ) {
        self.stackName = stackName
        self.timeout = timeout
        self.resolve = resolve
        self.httpPath = httpPath
        self.minimumTasks = minimumTasks
    }
}

/// One check's answer in one pass. `waiting` and `unknown` become INCONCLUSIVE if the deadline comes first;
/// `failing` becomes FAIL; `final` failures stop polling (waiting cannot fix them).
enum Evaluation: Sendable, Equatable {
    case passing(String)
    case failing(String, final: Bool = false)
    /// The stack is still changing: no verdict yet.
    case waiting(String)
    /// AWS did not answer (throttled, out of time, unreachable).
    case unknown(String)

    var passed: Bool {
        if case .passing = self { return true }
        return false
    }

    var isFinalFailure: Bool {
        if case .failing(_, let final) = self { return final }
        return false
    }
}

/// Why the load balancer's name did not resolve (getaddrinfo's own words).
public struct SmokeError: Error, CustomStringConvertible, Sendable, DiagnosticConvertible {
    public var host: String
    /// getaddrinfo's words, shown after the probe's own "HOST does not resolve: ".
    public var description: String

    public init(host: String, _ description: String) {
        self.host = host
        self.description = description
    }

    /// A load balancer that does not resolve is a failing probe (exit 1), not an undecided run.
    public var diagnostic: Diagnostic {
        Diagnostic(
            mark: .operation(action: "getaddrinfo \(host)", code: nil, status: nil, requestId: nil),
            message: description, exitClass: .findings)
    }
}
